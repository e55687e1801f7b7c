import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { can } from '@doorbraak/domain';
import { CurrentActor, forbidden, invalidCursor, invalidPageSize, MAX_PAGE_SIZE, type AuthenticatedActor } from '@doorbraak/server-core';
import { AuditService } from '../audit.service';
import { AuditEntryConnection, AuditEntryFilter } from './audit-entry.model';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, { description: 'The audit trail, newest first (admins and national coordinators)' })
  async auditEntries(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('filter', { type: () => AuditEntryFilter, nullable: true }) filter: AuditEntryFilter | null | undefined,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => ID, nullable: true }) after: string | null | undefined,
  ): Promise<AuditEntryConnection> {
    if (!can(actor, 'audit.read', { allianceId: null })) {
      throw forbidden('Only administrators and national coordinators read the audit trail.');
    }
    // Paged as every list is (at most MAX_PAGE_SIZE a page, the same error reasons); the cursor is the entry's
    // sequence number, the trail's own order.
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw invalidPageSize();
    }
    if (after != null && !/^\d{1,18}$/.test(after)) {
      throw invalidCursor();
    }
    const page = await this.audit.list(filter ?? {}, first, after ?? null);
    return {
      nodes: page.entries,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.entries.at(-1)?.id ?? null },
    };
  }
}

// The trail's total is counted only when a query asks for it, as for the other lists.
@Resolver(() => AuditEntryConnection)
export class AuditEntryConnectionResolver {
  @ResolveField(() => Int)
  totalCount(@Parent() connection: AuditEntryConnection): Promise<number> {
    return connection.totalCount();
  }
}
