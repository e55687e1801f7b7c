import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { TEXT_RULES, type NotificationDelivery, type NotificationKind } from '@doorbraak/domain';
import {
  APP_CONFIG,
  connectionTypes,
  CurrentActor,
  CurrentCaller,
  TextArg,
  toConnection,
  type AppConfig,
  type AuthenticatedActor,
  type Caller,
  type ConnectionOf,
  type GraphqlContext,
} from '@doorbraak/server-core';
import type { NotificationEntity } from '@doorbraak/server-data';
import { freshLoaders, LIVE_PUBSUB, liveIterator, subscriberOf, type NotificationAdded } from '@doorbraak/server-live';
import { pathOf } from '../notification-links';
import { NotificationInboxService, type PreferenceRow } from '../notification-inbox.service';
import { NotificationDeliveryEnum, NotificationKindEnum } from './enums';
import { Notification, NotificationPreference } from './notification.model';

export const { Connection: NotificationConnection, ConnectionCountResolver: NotificationConnectionResolver } = connectionTypes(Notification, 'Notification');

// Everyone reads and manages only their own notifications and preferences.
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationInboxService,
    @Inject(LIVE_PUBSUB) private readonly pubsub: RedisPubSub,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => NotificationConnection, { description: "The caller's notifications, newest first, a page at a time" })
  async notifications(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
  ): Promise<ConnectionOf<NotificationEntity>> {
    return toConnection(await this.service.list(actor, unreadOnly, first, after));
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: AuthenticatedActor): Promise<number> {
    return this.service.unreadCount(actor);
  }

  @Mutation(() => Notification)
  markNotificationRead(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<NotificationEntity> {
    return this.service.markRead(caller, id);
  }

  @Mutation(() => Int, { description: 'Marks every unread notification of the caller read; answers how many' })
  markAllNotificationsRead(@CurrentCaller() caller: Caller): Promise<number> {
    return this.service.markAllRead(caller);
  }

  @Query(() => [NotificationPreference], { description: 'The caller’s choice per kind: immediately, daily digest or off' })
  notificationPreferences(@CurrentActor() actor: AuthenticatedActor): Promise<PreferenceRow[]> {
    return this.service.preferences(actor);
  }

  @Mutation(() => NotificationPreference)
  setNotificationPreference(
    @CurrentCaller() caller: Caller,
    @Args('kind', { type: () => NotificationKindEnum }) kind: NotificationKind,
    @Args('delivery', { type: () => NotificationDeliveryEnum }) delivery: NotificationDelivery,
  ): Promise<PreferenceRow> {
    return this.service.setPreference(caller, kind, delivery);
  }

  @Subscription(() => Notification, {
    description: "The caller's notifications as they are written, by any API process or the worker. Over WebSocket only (graphql-transport-ws on /graphql).",
    filter: (event: NotificationAdded, _variables: unknown, context: GraphqlContext) => event.recipientId === subscriberOf(context)?.personId,
    resolve(this: NotificationsResolver, event: NotificationAdded, _variables: unknown, context: GraphqlContext): Promise<NotificationEntity> {
      freshLoaders(context);
      return this.service.own(event.recipientId, event.notificationId);
    },
  })
  // Signed in only (the guard); the filter finds the subscriber in the context.
  notificationAdded(@CurrentActor() _actor: AuthenticatedActor): AsyncIterator<NotificationAdded> {
    return liveIterator(this.pubsub, this.config.redisUrl, 'notificationAdded');
  }

  @ResolveField(() => String, { description: 'Where it leads in the web app (a path)' })
  link(@Parent() notification: NotificationEntity): string {
    return pathOf(notification);
  }
}
