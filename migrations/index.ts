import type { MigrationInterface } from 'typeorm';
import { CreateDomainSchema1795801082244 } from './1795801082244-CreateDomainSchema';
import { InsertDefaultEscalationLadder1795801100000 } from './1795801100000-InsertDefaultEscalationLadder';

// Every migration, in order. The generate script appends new ones; never edit a merged migration.
export const MIGRATIONS: (new () => MigrationInterface)[] = [CreateDomainSchema1795801082244, InsertDefaultEscalationLadder1795801100000];
