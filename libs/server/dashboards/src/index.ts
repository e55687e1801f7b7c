export * from './lib/dashboards.module';
