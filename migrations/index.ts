import type { MigrationInterface } from 'typeorm';
import { CreateDomainSchema1795799919842 } from './1795799919842-CreateDomainSchema';
import { InsertDefaultEscalationLadder1795800000000 } from './1795800000000-InsertDefaultEscalationLadder';

// Every migration, in order. The generate script appends new ones; never edit a merged migration.
export const MIGRATIONS: (new () => MigrationInterface)[] = [CreateDomainSchema1795799919842, InsertDefaultEscalationLadder1795800000000];
