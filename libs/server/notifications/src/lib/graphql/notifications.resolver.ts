import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { NotificationDelivery, NotificationKind } from '@doorbraak/domain';
import { CurrentActor, RequestId, type AuthenticatedActor } from '@doorbraak/server-core';
import type { NotificationEntity } from '@doorbraak/server-data';
import { pathOf } from '../notification-links';
import { NotificationInboxService, type PreferenceRow } from '../notification-inbox.service';
import { NotificationDeliveryEnum, NotificationKindEnum } from './enums';
import { Notification, NotificationPreference } from './notification.model';

// Everyone reads and manages only their own notifications and preferences.
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationInboxService) {}

  @Query(() => [Notification], { description: "The caller's notifications, newest first" })
  notifications(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<NotificationEntity[]> {
    return this.service.list(actor, unreadOnly, first);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: AuthenticatedActor): Promise<number> {
    return this.service.unreadCount(actor);
  }

  @Mutation(() => Notification)
  markNotificationRead(
    @CurrentActor() actor: AuthenticatedActor,
    @RequestId() requestId: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<NotificationEntity> {
    return this.service.markRead({ actor, requestId, now: new Date() }, id);
  }

  @Mutation(() => Int, { description: 'Marks every unread notification of the caller read; answers how many' })
  markAllNotificationsRead(@CurrentActor() actor: AuthenticatedActor, @RequestId() requestId: string | null): Promise<number> {
    return this.service.markAllRead({ actor, requestId, now: new Date() });
  }

  @Query(() => [NotificationPreference], { description: 'The caller’s choice per kind: immediately, daily digest or off' })
  notificationPreferences(@CurrentActor() actor: AuthenticatedActor): Promise<PreferenceRow[]> {
    return this.service.preferences(actor);
  }

  @Mutation(() => NotificationPreference)
  setNotificationPreference(
    @CurrentActor() actor: AuthenticatedActor,
    @RequestId() requestId: string | null,
    @Args('kind', { type: () => NotificationKindEnum }) kind: NotificationKind,
    @Args('delivery', { type: () => NotificationDeliveryEnum }) delivery: NotificationDelivery,
  ): Promise<PreferenceRow> {
    return this.service.setPreference({ actor, requestId, now: new Date() }, kind, delivery);
  }

  @ResolveField(() => String, { description: 'Where it leads in the web app (a path)' })
  link(@Parent() notification: NotificationEntity): string {
    return pathOf(notification);
  }
}
