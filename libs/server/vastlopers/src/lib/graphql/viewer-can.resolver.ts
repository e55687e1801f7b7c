import { Context, Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  allowedStatusTransitions,
  applyAnswerCommand,
  can,
  ministryAnswerAction,
  nextRung,
  previousRung,
  type Actor,
  type AnswerClock,
  type EscalationRung,
  type ItemKind,
  type ItemStatus,
} from '@doorbraak/domain';
import { CurrentActor, type AuthenticatedActor, type GraphqlContext } from '@doorbraak/server-core';
import type { DoorbraakEntity, VastloperEntity } from '@doorbraak/server-data';
import { VastlopersLoaders } from '../vastlopers.loaders';
import { Doorbraak } from './doorbraak.model';
import { Vastloper } from './vastloper.model';

@ObjectType({ description: 'What the caller may do with this item now: the role policy and the item’s state together' })
export class ItemPermissions {
  @Field()
  update: boolean;

  @Field()
  addProgress: boolean;

  @Field()
  acknowledge: boolean;

  @Field()
  escalate: boolean;

  @Field()
  deEscalate: boolean;

  @Field({ description: 'Vastlopers only' })
  park: boolean;

  @Field({ description: 'Vastlopers only' })
  unpark: boolean;

  @Field({ description: 'Resolve a vastloper; a doorbraak is achieved through updateDoorbraak' })
  resolve: boolean;

  @Field({ description: 'Withdraw a vastloper or stop a doorbraak' })
  withdraw: boolean;

  @Field({ description: 'Acknowledge for the ministry (acknowledgeVastloper): the owner there, while nothing was acknowledged' })
  acknowledgeForMinistry: boolean;

  @Field({ description: "Give the ministry's answer (answerVastloper): the owner there, while nothing was answered" })
  answerForMinistry: boolean;

  @Field({ description: 'Vastlopers only: see similar items of other alliances (the national roles and the rijksvertegenwoordiger)' })
  seeSimilar: boolean;
}

type ItemState = {
  kind: ItemKind;
  allianceId: string;
  status: ItemStatus;
  rung: EscalationRung | null;
  acknowledgedAt: Date | null;
  // The open answer clock (vastlopers at a ministry rung only).
  answerClock?: AnswerClock | null;
};

// The same checks the commands make (can() plus the status rules), so the web shows only what will work.
export const permissionsFor = (actor: Actor, item: ItemState): ItemPermissions => {
  const scope = { allianceId: item.allianceId };
  const ministryAction = item.kind === 'VASTLOPER' ? ministryAnswerAction(item.rung) : null;
  const ministryMay = (type: 'ACKNOWLEDGE' | 'ANSWER'): boolean =>
    ministryAction !== null && can(actor, ministryAction, scope) && applyAnswerCommand(item.answerClock ?? null, { type }, new Date()).ok;
  const next = allowedStatusTransitions(item.kind, item.status);
  const running = item.status === 'OPEN' || item.status === 'IN_BEHANDELING' || item.status === 'LOPEND';
  const closed = next.length === 0;
  const onLadder = running && item.rung !== null;
  return {
    update: !closed && can(actor, 'item.update', scope),
    addProgress: !closed && can(actor, 'item.addProgress', scope),
    acknowledge: onLadder && item.acknowledgedAt === null && can(actor, 'item.acknowledge', scope),
    escalate: onLadder && nextRung(item.rung as EscalationRung) !== null && can(actor, 'item.escalate', scope),
    deEscalate: onLadder && previousRung(item.rung as EscalationRung) !== null && can(actor, 'item.escalate', scope),
    park: item.kind === 'VASTLOPER' && running && can(actor, 'item.update', scope),
    unpark: item.kind === 'VASTLOPER' && item.status === 'GEPARKEERD' && can(actor, 'item.update', scope),
    resolve: item.kind === 'VASTLOPER' && next.includes('OPGELOST') && can(actor, 'item.resolve', scope),
    withdraw: (next.includes('INGETROKKEN') || next.includes('GESTOPT')) && can(actor, 'item.update', scope),
    acknowledgeForMinistry: ministryMay('ACKNOWLEDGE'),
    answerForMinistry: ministryMay('ANSWER'),
    seeSimilar: item.kind === 'VASTLOPER' && can(actor, 'similar.read', scope),
  };
};

@Resolver(() => Vastloper)
export class VastloperPermissionsResolver {
  constructor(private readonly loaders: VastlopersLoaders) {}

  @ResolveField(() => ItemPermissions)
  async viewerCan(@Parent() row: VastloperEntity, @CurrentActor() actor: AuthenticatedActor, @Context() context: GraphqlContext): Promise<ItemPermissions> {
    const answerClock = ministryAnswerAction(row.rung) === null ? null : await this.loaders.answerClock(context).load(row.id);
    return permissionsFor(actor, { ...row, kind: 'VASTLOPER', answerClock });
  }
}

@Resolver(() => Doorbraak)
export class DoorbraakPermissionsResolver {
  @ResolveField(() => ItemPermissions)
  viewerCan(@Parent() row: DoorbraakEntity, @CurrentActor() actor: AuthenticatedActor): ItemPermissions {
    return permissionsFor(actor, { ...row, kind: 'DOORBRAAK' });
  }
}
