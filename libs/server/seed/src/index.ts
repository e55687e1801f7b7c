export { seedDemoData, type SeedOptions } from './lib/seed-demo-data';
export { formatSeedSummary, isEmptySeedSummary, type SeedSummary } from './lib/seed-summary';
export { DEMO_EMAIL_DOMAIN } from './lib/demo-people';
export { DEMO_PASSWORD } from './lib/people.seed';
