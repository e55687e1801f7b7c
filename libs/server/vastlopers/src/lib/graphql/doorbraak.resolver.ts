import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { TEXT_RULES } from '@doorbraak/domain';
import { Alliance } from '@doorbraak/server-alliances';
import { CurrentActor, CurrentCaller, TextArg, toConnection, type AuthenticatedActor, type Caller, type GraphqlContext } from '@doorbraak/server-core';
import type { AllianceEntity, DoorbraakEntity, VastloperEntity } from '@doorbraak/server-data';
import { DoorbrakenService } from '../doorbraken.service';
import { VastlopersLoaders } from '../vastlopers.loaders';
import { DoorbraakConnection } from './connection.model';
import { Doorbraak } from './doorbraak.model';
import { CreateDoorbraakInput, DoorbraakFilter, UpdateDoorbraakInput } from './inputs';
import { LadderItemFieldsResolver } from './ladder-item-fields.resolver';
import { Vastloper } from './vastloper.model';

@Resolver(() => Doorbraak)
export class DoorbraakResolver extends LadderItemFieldsResolver(Doorbraak, 'doorbraak_id') {
  constructor(
    private readonly service: DoorbrakenService,
    protected readonly loaders: VastlopersLoaders,
  ) {
    super();
  }

  @Query(() => DoorbraakConnection, { description: 'The doorbraken the caller may read, newest first' })
  async doorbraken(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
    @Args('filter', { type: () => DoorbraakFilter, nullable: true }) filter: DoorbraakFilter | null,
  ): Promise<DoorbraakConnection> {
    return toConnection(await this.service.list(actor, filter ?? {}, first, after, new Date())) as DoorbraakConnection;
  }

  @Query(() => Doorbraak)
  doorbraak(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<DoorbraakEntity> {
    return this.service.byId(actor, id, this.firstPages(info, context, 'd'));
  }

  @Mutation(() => Doorbraak)
  createDoorbraak(
    @CurrentCaller() caller: Caller,
    @Args('input') input: CreateDoorbraakInput,
  ): Promise<DoorbraakEntity> {
    return this.service.create(caller, input);
  }

  @Mutation(() => Doorbraak)
  updateDoorbraak(
    @CurrentCaller() caller: Caller,
    @Args('input') input: UpdateDoorbraakInput,
  ): Promise<DoorbraakEntity> {
    return this.service.update(caller, input);
  }

  @ResolveField(() => Boolean, { description: 'Running and past its stall time, or flagged at the top' })
  stalled(@Parent() row: DoorbraakEntity): boolean {
    return row.status === 'LOPEND' && ((row.nextEscalationAt !== null && row.nextEscalationAt <= new Date()) || row.overdueAt !== null);
  }

  @ResolveField(() => Alliance, { description: 'The alliance that leads it' })
  alliance(@Parent() row: DoorbraakEntity, @Context() context: GraphqlContext): Promise<AllianceEntity | null> {
    return this.loaders.alliance(context).load(row.allianceId);
  }

  @ResolveField(() => [Alliance], { description: 'Other alliances that share it' })
  sharedWith(@Parent() row: DoorbraakEntity, @Context() context: GraphqlContext): Promise<AllianceEntity[]> {
    return this.loaders.sharedAlliances(context).load(row.id);
  }

  @ResolveField(() => [Vastloper], { description: 'The vastlopers it works on or resolved' })
  vastlopers(
    @Parent() row: DoorbraakEntity,
    @CurrentActor() actor: AuthenticatedActor,
    @Context() context: GraphqlContext,
  ): Promise<VastloperEntity[]> {
    return this.loaders.vastlopersOfDoorbraak(context, actor).load(row.id);
  }
}
