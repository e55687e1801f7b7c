import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { Actor, MeetingStatus } from '@doorbraak/domain';
import { AuditService } from '@doorbraak/server-audit';
import { APP_CONFIG, type AppConfig, type Caller } from '@doorbraak/server-core';
import { CalendarTokenEntity, MeetingEntity, MembershipEntity, PersonEntity } from '@doorbraak/server-data';
import { WEB_PATHS, webUrlOf } from '@doorbraak/server-notifications';
import { accessParams, attendeeSql, fullMeetingSql } from '../access/meeting-sql';

export type CalendarFeedState = { active: boolean; createdAt: Date | null; path: string | null; url: string | null };

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const DAY_MS = 86_400_000;
// The feed shows a year of history and everything planned.
const HISTORY_DAYS = 365;

export const calendarPath = (token: string): string => `/calendar/${token}.ics`;

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

const STATUS: Readonly<Record<MeetingStatus, ICalEventStatus>> = {
  DRAFT: ICalEventStatus.TENTATIVE,
  AGENDA_PUBLISHED: ICalEventStatus.CONFIRMED,
  HELD: ICalEventStatus.CONFIRMED,
  MINUTES_APPROVED: ICalEventStatus.CONFIRMED,
  CANCELLED: ICalEventStatus.CANCELLED,
};

// A person's private iCalendar feed of the meetings they are invited to. The token is the only key,
// so only its hash is stored; a new feed revokes the old one.
// One change to a person's feed at a time (a double click makes two): the second waits for the first, then
// replaces its token, instead of running into the one-active-token index.
const lockFeedOf = async (manager: EntityManager, personId: string): Promise<void> => {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('calendar-feed:' || $1, 0))`, [personId]);
};

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async state(actor: Actor): Promise<CalendarFeedState> {
    const active = await this.dataSource.getRepository(CalendarTokenEntity).findOneBy({ personId: actor.personId, revokedAt: IsNull() });
    return { active: active !== null, createdAt: active?.createdAt ?? null, path: null, url: null };
  }

  async create(caller: Caller): Promise<CalendarFeedState> {
    const { actor, now } = caller;
    const token = randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (manager) => {
      await lockFeedOf(manager, actor.personId);
      await manager.update(CalendarTokenEntity, { personId: actor.personId, revokedAt: IsNull() }, { revokedAt: now });
      const row = await manager.save(manager.create(CalendarTokenEntity, { personId: actor.personId, tokenHash: hashOf(token) }));
      await this.audit.record(manager, caller, {
        operation: 'createCalendarFeed',
        entityType: 'CalendarFeed',
        entityId: row.id,
        before: null,
        after: { personId: actor.personId },
      });
      const path = calendarPath(token);
      // The web's origin serves the feed too (it passes /calendar on to the API), so the address is one origin.
      return { active: true, createdAt: row.createdAt, path, url: webUrlOf(this.config.webUrl, path) };
    });
  }

  async revoke(caller: Caller): Promise<boolean> {
    const { actor, now } = caller;
    return this.dataSource.transaction(async (manager) => {
      await lockFeedOf(manager, actor.personId);
      const result = await manager.update(CalendarTokenEntity, { personId: actor.personId, revokedAt: IsNull() }, { revokedAt: now });
      const revoked = (result.affected ?? 0) > 0;
      if (revoked) {
        await this.audit.record(manager, caller, {
          operation: 'revokeCalendarFeed',
          entityType: 'CalendarFeed',
          entityId: null,
          before: { active: true },
          after: { active: false },
        });
      }
      return revoked;
    });
  }

  // The feed for a token, or null for an unknown or revoked one (and for an inactive person).
  async feed(token: string, now: Date): Promise<string | null> {
    if (!TOKEN.test(token)) {
      return null;
    }
    const row = await this.dataSource.getRepository(CalendarTokenEntity).findOneBy({ tokenHash: hashOf(token), revokedAt: IsNull() });
    const person = row ? await this.dataSource.getRepository(PersonEntity).findOneBy({ id: row.personId, active: true }) : null;
    if (!person) {
      return null;
    }
    // Invited is not enough: someone who left the alliance no longer sees its meetings here either.
    const memberships = await this.dataSource.getRepository(MembershipEntity).find({ where: { personId: person.id } });
    const actor: Actor = { personId: person.id, memberships: memberships.map(({ allianceId, role }) => ({ allianceId, role })) };
    const meetings = await this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where(attendeeSql('m'))
      .andWhere(fullMeetingSql('m'))
      .setParameters(accessParams(actor))
      .andWhere('m.scheduled_at >= :since', { since: new Date(now.getTime() - HISTORY_DAYS * DAY_MS) })
      .orderBy('m.scheduled_at', 'ASC')
      .getMany();
    const calendar = ical({
      name: `Doorbraak — vergaderingen van ${person.name}`,
      prodId: { company: 'Doorbraak', product: 'vergaderingen', language: 'NL' },
      method: ICalCalendarMethod.PUBLISH,
      ttl: 3600,
    });
    for (const meeting of meetings) {
      calendar.createEvent({
        id: `${meeting.id}@doorbraak`,
        // Instants in UTC: every client shows them in its own zone, and no VTIMEZONE is needed.
        start: meeting.scheduledAt,
        end: new Date(meeting.scheduledAt.getTime() + meeting.durationMinutes * 60_000),
        stamp: now,
        lastModified: meeting.updatedAt,
        sequence: Math.max(0, Math.floor((meeting.updatedAt.getTime() - meeting.createdAt.getTime()) / 1000)),
        summary: meeting.status === 'CANCELLED' ? `Geannuleerd: ${meeting.title}` : meeting.title,
        location: meeting.location,
        description: meeting.status === 'CANCELLED' && meeting.cancellationReason ? `Geannuleerd: ${meeting.cancellationReason}` : null,
        url: webUrlOf(this.config.webUrl, WEB_PATHS.meeting(meeting.id)),
        status: STATUS[meeting.status],
      });
    }
    return calendar.toString();
  }
}
