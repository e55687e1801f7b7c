import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { answerFlag, TEXT_RULES } from '@doorbraak/domain';
import { CurrentActor, CurrentCaller, TextArg, type AuthenticatedActor, type Caller, type GraphqlContext } from '@doorbraak/server-core';
import type { AnswerClockEntity, VastloperEntity } from '@doorbraak/server-data';
import { AnswerTimeService } from '../answer-time.service';
import { VastlopersLoaders } from '../vastlopers.loaders';
import { AnswerTime, AnswerTimeSettings, AnswerTimeSettingsInput } from './answer-time.model';
import { Vastloper } from './vastloper.model';

export const toAnswerTime = (clock: AnswerClockEntity, now: Date): AnswerTime => ({ ...clock, flag: answerFlag(clock, now) });

@Resolver(() => Vastloper)
export class AnswerTimeResolver {
  constructor(
    private readonly service: AnswerTimeService,
    private readonly loaders: VastlopersLoaders,
  ) {}

  @Mutation(() => Vastloper, { description: 'The owner at the ministry confirms they have the vastloper (DOMAIN §5 AnswerClock)' })
  acknowledgeVastloper(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @TextArg('note', TEXT_RULES.ministryNote, { nullable: true }) note: string | null,
  ): Promise<VastloperEntity> {
    return this.service.acknowledge(caller, id, note);
  }

  @Mutation(() => Vastloper, { description: "The ministry's answer; it acknowledges too when nobody did" })
  answerVastloper(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @TextArg('answer', TEXT_RULES.ministryAnswer) answer: string,
  ): Promise<VastloperEntity> {
    return this.service.answer(caller, id, answer);
  }

  @ResolveField(() => AnswerTime, { nullable: true, description: 'Null until the vastloper reaches a ministry rung; then its latest stay there' })
  async answerTime(@Parent() row: VastloperEntity, @Context() context: GraphqlContext): Promise<AnswerTime | null> {
    const clock = await this.loaders.answerClock(context).load(row.id);
    return clock ? toAnswerTime(clock, new Date()) : null;
  }

  @Query(() => AnswerTimeSettings, { description: "The ministry's answer time: the national setting, or an alliance's (its own or the national one)" })
  answerTimeSettings(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('allianceId', { type: () => ID, nullable: true }) allianceId: string | null,
  ): Promise<AnswerTimeSettings> {
    return this.service.settingsOf(actor, allianceId ?? null);
  }

  @Mutation(() => AnswerTimeSettings, {
    description: "Sets the national answer time (no alliance), or an alliance's own; null settings drop the alliance's own. Open clocks follow.",
  })
  updateAnswerTimeSettings(
    @CurrentCaller() caller: Caller,
    @Args('allianceId', { type: () => ID, nullable: true }) allianceId: string | null,
    @Args('settings', { type: () => AnswerTimeSettingsInput, nullable: true }) settings: AnswerTimeSettingsInput | null,
  ): Promise<AnswerTimeSettings> {
    return this.service.updateSettings(caller, allianceId ?? null, settings ?? null);
  }
}
