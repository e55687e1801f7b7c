import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DATE_WINDOWS, isOverdueAtTop, TEXT_RULES } from '@doorbraak/domain';
import { Alliance, Person } from '@doorbraak/server-alliances';
import {
  CurrentActor,
  CurrentCaller,
  DateTimeArg,
  preload,
  selectedFields,
  TextArg,
  toConnection,
  type AuthenticatedActor,
  type Caller,
  type GraphqlContext,
} from '@doorbraak/server-core';
import type {
  AllianceEntity,
  DoorbraakEntity,
  PersonEntity,
  VastloperEntity,
} from '@doorbraak/server-data';
import { VastlopersLoaders } from '../vastlopers.loaders';
import { VastlopersService } from '../vastlopers.service';
import { VastloperConnection } from './connection.model';
import { Doorbraak } from './doorbraak.model';
import { VastloperOrderEnum, type VastloperOrder } from './enums';
import { CreateVastloperInput, UpdateVastloperInput, VastloperFilter } from './inputs';
import { LadderItemFieldsResolver } from './ladder-item-fields.resolver';
import { Vastloper } from './vastloper.model';

const stalledAt = (row: VastloperEntity, now: Date): boolean =>
  (row.status === 'OPEN' || row.status === 'IN_BEHANDELING') &&
  ((row.nextEscalationAt !== null && row.nextEscalationAt <= now) || row.overdueAt !== null);

const overdueAtTopOf = (row: VastloperEntity): boolean =>
  isOverdueAtTop({ rung: row.rung, overdueAt: row.overdueAt } as Parameters<typeof isOverdueAtTop>[0]);

@Resolver(() => Vastloper)
export class VastloperResolver extends LadderItemFieldsResolver(Vastloper, 'vastloper_id') {
  constructor(
    private readonly service: VastlopersService,
    protected readonly loaders: VastlopersLoaders,
  ) {
    super();
  }

  @Query(() => VastloperConnection, { description: 'The vastlopers the caller may read, newest first unless orderBy says otherwise' })
  async vastlopers(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
    @Args('filter', { type: () => VastloperFilter, nullable: true }) filter: VastloperFilter | null,
    @Args('orderBy', { type: () => VastloperOrderEnum, nullable: true, defaultValue: 'NEWEST' }) orderBy: VastloperOrder | null,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<VastloperConnection> {
    // The owner, alliance and last move a page shows come in the page's own statement, with its rows; what the
    // rows say of themselves (stalled, overdue at the top) is worked out here once, not by a resolver per row.
    const shown = selectedFields(info, ['edges', 'node']);
    const now = new Date();
    const page = await this.service.list(actor, filter ?? {}, first, after, now, {
      owner: shown.has('owner'),
      alliance: shown.has('alliance'),
      lastEscalation: shown.has('lastEscalation'),
      met: this.meet(context),
    }, orderBy ?? 'NEWEST');
    if (shown.has('stalled') || shown.has('overdueAtTop')) {
      for (const { node } of page.rows) preload(node, { stalled: stalledAt(node, now), overdueAtTop: overdueAtTopOf(node) });
    }
    return toConnection(page) as VastloperConnection;
  }

  @Query(() => Vastloper)
  vastloper(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<VastloperEntity> {
    const shown = selectedFields(info, []);
    return this.service.byId(actor, id, {
      owner: shown.has('owner'),
      reporter: shown.has('reporter'),
      met: this.meet(context),
      pages: this.firstPages(info, context, 'v'),
    });
  }

  // People read with items go into the request's person loader: another field naming them reads no more.
  private meet(context: GraphqlContext): (person: PersonEntity) => void {
    const people = this.loaders.person(context);
    return (person) => void people.prime(person.id, person);
  }

  @Mutation(() => Vastloper)
  createVastloper(
    @CurrentCaller() caller: Caller,
    @Args('input') input: CreateVastloperInput,
  ): Promise<VastloperEntity> {
    return this.service.create(caller, input);
  }

  @Mutation(() => Vastloper, { description: 'Edits the fields given; an edit is not progress and leaves the stall clock running' })
  updateVastloper(
    @CurrentCaller() caller: Caller,
    @Args('input') input: UpdateVastloperInput,
  ): Promise<VastloperEntity> {
    return this.service.update(caller, input);
  }

  @Mutation(() => Vastloper, { description: 'Stops the stall clock until a date, with a reason' })
  park(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @DateTimeArg('until', DATE_WINDOWS.parkUntil) until: Date,
    @TextArg('reason', TEXT_RULES.reason) reason: string,
  ): Promise<VastloperEntity> {
    return this.service.park(caller, id, until, reason);
  }

  @Mutation(() => Vastloper)
  unpark(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<VastloperEntity> {
    return this.service.unpark(caller, id);
  }

  @Mutation(() => Vastloper, { description: 'Resolves a vastloper at its current rung, optionally naming the doorbraak that did it' })
  resolveVastloper(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @TextArg('resolution', TEXT_RULES.reason, { nullable: true }) resolution: string | null,
    @Args('doorbraakId', { type: () => ID, nullable: true }) doorbraakId: string | null,
  ): Promise<VastloperEntity> {
    return this.service.resolve(caller, id, resolution, doorbraakId);
  }

  @Mutation(() => Vastloper)
  linkDoorbraak(
    @CurrentCaller() caller: Caller,
    @Args('vastloperId', { type: () => ID }) vastloperId: string,
    @Args('doorbraakId', { type: () => ID }) doorbraakId: string,
  ): Promise<VastloperEntity> {
    return this.service.linkDoorbraak(caller, vastloperId, doorbraakId);
  }

  @ResolveField(() => Boolean, { description: 'Open and past its stall time, or flagged at the top' })
  stalled(@Parent() row: VastloperEntity): boolean {
    return stalledAt(row, new Date());
  }

  @ResolveField(() => Boolean)
  overdueAtTop(@Parent() row: VastloperEntity): boolean {
    return overdueAtTopOf(row);
  }

  @ResolveField(() => Alliance)
  alliance(@Parent() row: VastloperEntity, @Context() context: GraphqlContext): Promise<AllianceEntity | null> {
    return this.loaders.alliance(context).load(row.allianceId);
  }

  @ResolveField(() => Person)
  reporter(@Parent() row: VastloperEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> {
    return this.loaders.person(context).load(row.reporterId);
  }

  @ResolveField(() => [Doorbraak], { description: 'Doorbraken linked to it (that work on it or resolved it)' })
  doorbraken(
    @Parent() row: VastloperEntity,
    @CurrentActor() actor: AuthenticatedActor,
    @Context() context: GraphqlContext,
  ): Promise<DoorbraakEntity[]> {
    return this.loaders.doorbrakenOfVastloper(context, actor).load(row.id);
  }
}
