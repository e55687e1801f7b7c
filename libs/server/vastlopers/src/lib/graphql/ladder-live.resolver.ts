import { Inject } from '@nestjs/common';
import { Resolver, Subscription } from '@nestjs/graphql';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { can, canReadItem, type Actor } from '@doorbraak/domain';
import { APP_CONFIG, CurrentActor, type AppConfig, type AuthenticatedActor, type GraphqlContext } from '@doorbraak/server-core';
import { freshLoaders, LIVE_PUBSUB, liveIterator, subscriberOf, type LadderItemChanged } from '@doorbraak/server-live';
import { DoorbrakenService } from '../doorbraken.service';
import { VastlopersService } from '../vastlopers.service';
import { LadderItemChange } from './ladder-item-change.model';

// The same rule as reading the item: a confidential vastloper for its confidential readers, a doorbraak
// for every alliance that leads or shares it.
const mayHear = (actor: Actor, event: LadderItemChanged): boolean =>
  event.itemType === 'VASTLOPER'
    ? canReadItem(actor, { allianceId: event.allianceIds[0], confidential: event.confidential })
    : event.allianceIds.some((allianceId) => can(actor, 'item.read', { allianceId }));

@Resolver(() => LadderItemChange)
export class LadderLiveResolver {
  constructor(
    private readonly vastlopers: VastlopersService,
    private readonly doorbraken: DoorbrakenService,
    @Inject(LIVE_PUBSUB) private readonly pubsub: RedisPubSub,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Subscription(() => LadderItemChange, {
    description:
      'Items the caller may read that move on the ladder or change status, by hand or by the worker. Over WebSocket only (graphql-transport-ws on /graphql).',
    filter: (event: LadderItemChanged, _variables: unknown, context: GraphqlContext) => {
      const actor = subscriberOf(context);
      return actor !== null && mayHear(actor, event);
    },
    async resolve(this: LadderLiveResolver, event: LadderItemChanged, _variables: unknown, context: GraphqlContext): Promise<LadderItemChange> {
      freshLoaders(context);
      const actor = subscriberOf(context) as AuthenticatedActor;
      const item = event.itemType === 'VASTLOPER' ? await this.vastlopers.byId(actor, event.itemId) : await this.doorbraken.byId(actor, event.itemId);
      return {
        itemType: event.itemType,
        itemId: event.itemId,
        allianceId: event.allianceIds[0],
        fromRung: event.fromRung,
        toRung: event.toRung,
        at: new Date(event.at),
        item,
      };
    },
  })
  ladderItemChanged(@CurrentActor() _actor: AuthenticatedActor): AsyncIterator<LadderItemChanged> {
    return liveIterator(this.pubsub, this.config.redisUrl, 'ladderItemChanged');
  }
}
