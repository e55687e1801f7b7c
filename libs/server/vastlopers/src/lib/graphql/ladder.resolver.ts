import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DATE_WINDOWS, TEXT_RULES } from '@doorbraak/domain';
import { Person } from '@doorbraak/server-alliances';
import { CurrentActor, CurrentCaller, DateTimeArg, TextArg, type AuthenticatedActor, type Caller, type GraphqlContext } from '@doorbraak/server-core';
import type { EscalationEventEntity, PersonEntity, ProgressUpdateEntity } from '@doorbraak/server-data';
import { LadderCommandsService } from '../ladder-commands.service';
import { LadderSettingsService } from '../ladder-settings.service';
import { VastlopersLoaders } from '../vastlopers.loaders';
import { LadderItem, type LadderItemEntity } from './ladder-item.union';
import { RungSetting, RungSettingInput } from './rung-setting.model';
import { EscalationEvent, ProgressUpdate } from './timeline.model';

// The ladder commands shared by vastlopers and doorbraken, addressed by item id.
@Resolver(() => ProgressUpdate)
export class LadderCommandsResolver {
  constructor(
    private readonly commands: LadderCommandsService,
    private readonly settings: LadderSettingsService,
    private readonly loaders: VastlopersLoaders,
  ) {}

  @Mutation(() => ProgressUpdate, { description: 'A dated note that something moved; it restarts the stall clock' })
  addProgress(
    @CurrentCaller() caller: Caller,
    @Args('itemId', { type: () => ID }) itemId: string,
    @TextArg('text', TEXT_RULES.progressNote) text: string,
    @DateTimeArg('at', DATE_WINDOWS.progress, { nullable: true, description: 'When it happened; defaults to now' }) at: Date | null,
  ): Promise<ProgressUpdateEntity> {
    return this.commands.addProgress(caller, itemId, text, at);
  }

  @Mutation(() => LadderItem, { description: '"In behandeling genomen": the holder of the rung has it; counts as progress once per rung' })
  acknowledge(
    @CurrentCaller() caller: Caller,
    @Args('itemId', { type: () => ID }) itemId: string,
  ): Promise<LadderItemEntity> {
    return this.commands.acknowledge(caller, itemId);
  }

  @Mutation(() => LadderItem, { description: 'Moves an item one rung up by hand' })
  escalate(
    @CurrentCaller() caller: Caller,
    @Args('itemId', { type: () => ID }) itemId: string,
    @TextArg('reason', TEXT_RULES.reason) reason: string,
  ): Promise<LadderItemEntity> {
    return this.commands.escalate(caller, itemId, reason);
  }

  @Mutation(() => LadderItem, { description: 'Moves an item one rung down' })
  deEscalate(
    @CurrentCaller() caller: Caller,
    @Args('itemId', { type: () => ID }) itemId: string,
    @TextArg('reason', TEXT_RULES.reason) reason: string,
  ): Promise<LadderItemEntity> {
    return this.commands.deEscalate(caller, itemId, reason);
  }

  @Mutation(() => LadderItem, { description: 'Withdraws a vastloper (INGETROKKEN) or stops a doorbraak (GESTOPT)' })
  withdraw(
    @CurrentCaller() caller: Caller,
    @Args('itemId', { type: () => ID }) itemId: string,
    @TextArg('reason', TEXT_RULES.reason, { nullable: true }) reason: string | null,
  ): Promise<LadderItemEntity> {
    return this.commands.withdraw(caller, itemId, reason);
  }

  @Query(() => [RungSetting], { description: "An alliance's escalation ladder, bottom to top" })
  escalationLadder(@CurrentActor() actor: AuthenticatedActor, @Args('allianceId', { type: () => ID }) allianceId: string): Promise<RungSetting[]> {
    return this.settings.ladderOf(actor, allianceId);
  }

  @Mutation(() => [RungSetting], { description: "Sets an alliance's own stall times; rungs left out follow the national default" })
  updateEscalationLadder(
    @CurrentCaller() caller: Caller,
    @Args('allianceId', { type: () => ID }) allianceId: string,
    @Args('rungs', { type: () => [RungSettingInput] }) rungs: RungSettingInput[],
  ): Promise<RungSetting[]> {
    return this.settings.update(caller, allianceId, rungs);
  }

  @ResolveField(() => Person)
  author(@Parent() row: ProgressUpdateEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> {
    return this.loaders.person(context).load(row.authorId);
  }
}

@Resolver(() => EscalationEvent)
export class EscalationEventResolver {
  constructor(private readonly loaders: VastlopersLoaders) {}

  @ResolveField(() => Person, { nullable: true, description: 'Null when the system moved the item' })
  actor(@Parent() row: EscalationEventEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> | null {
    return row.actorId ? this.loaders.person(context).load(row.actorId) : null;
  }
}
