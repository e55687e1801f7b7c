import { Inject } from '@nestjs/common';
import { Args, Context, ID, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import type { DataSource } from 'typeorm';
import { Person } from '@doorbraak/server-alliances';
import { APP_CONFIG, CurrentActor, type AppConfig, type AuthenticatedActor, type GraphqlContext } from '@doorbraak/server-core';
import type { PersonEntity } from '@doorbraak/server-data';
import { freshLoaders, LIVE_PUBSUB, liveIterator, subscriberOf, type AgendaChanged } from '@doorbraak/server-live';
import { MeetingAccessService } from '../access/meeting-access.service';
import { MeetingsLoaders } from '../meetings.loaders';
import { AgendaUpdate } from './agenda-update.model';

type Variables = { meetingId: string };
type VisibleMeeting = Awaited<ReturnType<MeetingAccessService['meetingFor']>>;

// The filter reads the meeting as one subscriber sees it for one event; resolve, called next for that
// same subscriber and event, takes that read instead of reading the meeting again.
const readFor = new WeakMap<GraphqlContext, WeakMap<AgendaChanged, Promise<VisibleMeeting>>>();
const meetingOnce = (access: MeetingAccessService, context: GraphqlContext, actor: AuthenticatedActor, event: AgendaChanged): Promise<VisibleMeeting> => {
  const reads = readFor.get(context) ?? new WeakMap<AgendaChanged, Promise<VisibleMeeting>>();
  readFor.set(context, reads);
  const read = reads.get(event) ?? access.meetingFor(actor, event.meetingId);
  reads.set(event, read);
  return read;
};

@Resolver(() => AgendaUpdate)
export class AgendaLiveResolver {
  constructor(
    private readonly access: MeetingAccessService,
    private readonly loaders: MeetingsLoaders,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(LIVE_PUBSUB) private readonly pubsub: RedisPubSub,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Subscription(() => AgendaUpdate, {
    description:
      "Changes to the agenda of a meeting the caller may read, by anyone or by the escalation ladder, with the meeting as the caller sees it then. Over WebSocket only (graphql-transport-ws on /graphql).",
    // Read afresh for every event: who may see the meeting (a doorbraakoverleg through its items) can change.
    async filter(this: AgendaLiveResolver, event: AgendaChanged, variables: Variables, context: GraphqlContext): Promise<boolean> {
      const actor = subscriberOf(context);
      if (actor === null || event.meetingId !== variables.meetingId) {
        return false;
      }
      await meetingOnce(this.access, context, actor, event);
      return true;
    },
    async resolve(this: AgendaLiveResolver, event: AgendaChanged, _variables: Variables, context: GraphqlContext): Promise<AgendaUpdate> {
      freshLoaders(context);
      const actor = subscriberOf(context) as AuthenticatedActor;
      const { meeting } = await meetingOnce(this.access, context, actor, event);
      // An item about a vastloper the caller may not read is not named to them (it was changed, or is gone).
      const named = event.agendaItemId !== null && (await this.access.mayReadAgendaItemSubject(this.dataSource.manager, actor, event.agendaItemId));
      return {
        meetingId: event.meetingId,
        kind: event.kind,
        agendaItemId: named ? event.agendaItemId : null,
        at: new Date(event.at),
        meeting,
        actorId: event.actorId,
      };
    },
  })
  // Who may not see the meeting gets NOT_FOUND at once, as for the `meeting` query.
  async agendaChanged(@CurrentActor() actor: AuthenticatedActor, @Args('meetingId', { type: () => ID }) meetingId: string): Promise<AsyncIterator<AgendaChanged>> {
    await this.access.meetingFor(actor, meetingId);
    return liveIterator(this.pubsub, this.config.redisUrl, 'agendaChanged');
  }

  @ResolveField(() => Person, { nullable: true, description: 'Who made the change; null for the escalation ladder' })
  actor(@Parent() update: AgendaUpdate, @Context() context: GraphqlContext): Promise<PersonEntity | null> | null {
    return update.actorId ? this.loaders.person(context).load(update.actorId) : null;
  }
}
