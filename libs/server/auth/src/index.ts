export * from './lib/auth.module';
export * from './lib/auth.exception';
export { SessionService } from './lib/session.service';
export { AUTH_RESOLVERS } from './lib/auth.module';
export { OIDC_STATE_COOKIE, openOidcState, sealOidcState, type OidcState } from './lib/oidc/oidc-state';
