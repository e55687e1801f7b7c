import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Alliance, Person } from '@doorbraak/server-alliances';
import { TEXT_RULES } from '@doorbraak/domain';
import { CurrentCaller, OptionalActor, TextArg, toConnection, unauthenticated, type AuthenticatedActor, type Caller, type ConnectionOf, type GraphqlContext } from '@doorbraak/server-core';
import type { AllianceEntity, DecisionEntity, MeetingEntity, PersonEntity } from '@doorbraak/server-data';
import { itemKeyOf, MeetingsLoaders } from '../meetings.loaders';
import { DecisionsService } from '../minutes/decisions.service';
import { DecisionConnection } from './connections';
import { Decision } from './decision.model';
import { DecisionRegisterFilter, RecordDecisionInput, UpdateDecisionInput } from './inputs';
import { Meeting, MeetingItemRef } from './meeting.model';

@Resolver(() => Decision)
export class DecisionResolver {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly loaders: MeetingsLoaders,
  ) {}

  @Query(() => DecisionConnection, { description: 'The decision register: decisions the caller may see across meetings and alliances, newest meeting first, a page at a time' })
  async decisionRegister(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => DecisionRegisterFilter, nullable: true }) filter: DecisionRegisterFilter | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
  ): Promise<ConnectionOf<DecisionEntity>> {
    return toConnection(await this.decisions.register(caller, filter, first, after));
  }

  @Mutation(() => Decision, { description: 'Records a besluit; on an escalated item it can resolve it, send it a rung down, or keep it' })
  recordDecision(
    @CurrentCaller() caller: Caller,
    @Args('input') input: RecordDecisionInput,
  ): Promise<DecisionEntity> {
    return this.decisions.record(caller, input);
  }

  @Mutation(() => Decision)
  updateDecision(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateDecisionInput,
  ): Promise<DecisionEntity> {
    return this.decisions.update(caller, id, input);
  }

  @ResolveField(() => Meeting)
  meeting(@Parent() decision: DecisionEntity, @Context() context: GraphqlContext): Promise<MeetingEntity | null> {
    return this.loaders.meetingOfRow(context).load(decision.meetingId);
  }

  @ResolveField(() => Alliance, { nullable: true, description: "The meeting's alliance; null for the doorbraakoverleg" })
  async alliance(@Parent() decision: DecisionEntity, @Context() context: GraphqlContext): Promise<AllianceEntity | null> {
    const meeting = await this.loaders.meetingOfRow(context).load(decision.meetingId);
    return meeting?.allianceId ? this.loaders.alliance(context).load(meeting.allianceId) : null;
  }

  @ResolveField(() => MeetingItemRef, { nullable: true })
  item(@Parent() decision: DecisionEntity, @OptionalActor() actor: AuthenticatedActor | null, @Context() context: GraphqlContext) {
    const key = itemKeyOf(decision);
    if (!actor) throw unauthenticated();
    return key ? this.loaders.itemRef(context, actor).load(key) : null;
  }

  @ResolveField(() => Person, { nullable: true })
  recordedBy(@Parent() decision: DecisionEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> | null {
    return decision.recordedById ? this.loaders.person(context).load(decision.recordedById) : null;
  }
}
