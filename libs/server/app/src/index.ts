export * from './lib/app.module';
export * from './lib/configure-app';
export * from './lib/escalation-ports';
export { GRAPHQL_LIMITS } from './lib/graphql-options';
export { CLOSE_SESSION_OVER, CLOSE_UNAUTHORIZED } from './lib/graphql-ws-options';
