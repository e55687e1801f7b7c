import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { can, isNationalRole, type Role } from '@doorbraak/domain';
import { APP_CONFIG, badInput, forbidden, isUuid, notFound, type AppConfig, type Caller } from '@doorbraak/server-core';
import { AllianceEntity, AuthSessionEntity, InvitationEntity, MembershipEntity, PersonEntity } from '@doorbraak/server-data';
import { AuditService } from '@doorbraak/server-audit';
import { NotificationsService } from '@doorbraak/server-notifications';
import { AuthError, invalidCredentials } from './auth.exception';
import { InvitationMailer, ROLE_NAMES } from './invitation.mailer';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './password';
import { SessionService, type IssuedTokens } from './session.service';

export type InvitationInput = { email: string; name: string; allianceId?: string | null; role: Role };
// The single-use link is shown to the inviter (when the invitee has no account yet and no roles the
// inviter does not manage), and e-mailed too when SMTP is configured.
export type IssuedInvitation = { url: string | null; expiresAt: Date | null; emailSent: boolean; addedToExistingAccount: boolean };

type InviteOutcome = 'ADDED' | 'LINK_SHOWN' | 'LINK_MAILED';
type InviteResult = { outcome: InviteOutcome; personName: string; notificationIds: string[] };

const INVITATION_DAYS = 7;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly mailer: InvitationMailer,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signIn(personId: string, method: 'password' | 'oidc', requestId: string | null): Promise<IssuedTokens> {
    return this.dataSource.transaction(async (manager) => {
      const tokens = await this.sessions.start(manager, personId, method);
      await this.audit.record(manager, { actor: { personId }, requestId }, {
        operation: 'login',
        entityType: 'AuthSession',
        entityId: tokens.sessionId,
        before: null,
        after: { method },
      });
      return tokens;
    });
  }

  refresh(refreshToken: string, requestId: string | null): Promise<IssuedTokens> {
    // A detected reuse ends the session; that must stick even though the refresh itself fails.
    return this.dataSource
      .transaction(async (manager) => {
        const tokens = await this.sessions.rotate(manager, refreshToken);
        await this.audit.record(manager, { actor: null, requestId }, {
          operation: 'refresh',
          entityType: 'AuthSession',
          entityId: tokens.sessionId,
          before: null,
          after: null,
        });
        return tokens;
      })
      .catch(async (error: unknown) => {
        if (error instanceof AuthError && error.code === 'REFRESH_TOKEN_REUSED') {
          await this.dataSource.transaction(async (manager) => {
            const sessionId = await this.sessions.endByRefreshToken(manager, refreshToken, 'refresh_token_reused');
            await this.audit.record(manager, { actor: null, requestId }, {
              operation: 'refreshTokenReused',
              entityType: 'AuthSession',
              entityId: sessionId,
              before: null,
              after: { ended: true },
            });
          });
        }
        throw error;
      });
  }

  logout(caller: Caller): Promise<void> {
    const { actor } = caller;
    return this.dataSource.transaction(async (manager) => {
      await this.sessions.end(manager, actor.sessionId, 'logout');
      await this.audit.record(manager, caller, {
        operation: 'logout',
        entityType: 'AuthSession',
        entityId: actor.sessionId,
        before: null,
        after: null,
      });
    });
  }

  async changePassword(caller: Caller, current: string, next: string): Promise<void> {
    const { actor } = caller;
    const person = await this.dataSource
      .getRepository(PersonEntity)
      .createQueryBuilder('person')
      .addSelect('person.passwordHash')
      .where('person.id = :id', { id: actor.personId })
      .getOneOrFail();
    if (!(await verifyPassword(person.passwordHash, current))) {
      throw invalidCredentials();
    }
    assertAcceptablePassword(next, person.email);
    const passwordHash = await hashPassword(next);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(PersonEntity, { id: person.id }, { passwordHash });
      // Other sessions may belong to whoever knew the old password.
      await this.sessions.endOthers(manager, person.id, actor.sessionId, 'password_changed');
      await this.audit.record(manager, caller, {
        operation: 'changePassword',
        entityType: 'Person',
        entityId: person.id,
        before: null,
        after: { passwordChanged: true },
      });
    });
  }

  // A new person gets a single-use link to set a password, shown to the inviter (and e-mailed). A person
  // who already has an account (a password, or any sign-in, by SSO too) gets the membership and is told by
  // e-mail; no link is made, so nobody but that person ever sets their credentials. A person who was
  // invited before but never signed in gets a new link, shown to the inviter only when the inviter
  // manages every role that person already has; otherwise it goes to the person by e-mail alone.
  async invite(caller: Caller, input: InvitationInput): Promise<IssuedInvitation> {
    const { actor } = caller;
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    // Left out is the same as null: national roles are held without an alliance.
    const allianceId = input.allianceId ?? null;
    if (!EMAIL.test(email)) {
      throw badInput(`"${input.email}" is not an email address.`);
    }
    if (name.length === 0 || name.length > 200) {
      throw badInput('A name has 1 to 200 characters.');
    }
    if (isNationalRole(input.role) !== (allianceId === null)) {
      throw badInput(isNationalRole(input.role) ? `${input.role} is held without an alliance.` : `${input.role} is held within an alliance.`);
    }
    let allianceName: string | null = null;
    // Where the person finds their new role: the alliance's page, or the start page for national roles.
    let rolePath = '/';
    if (allianceId !== null) {
      const alliance = isUuid(allianceId)
        ? await this.dataSource.getRepository(AllianceEntity).findOne({ where: { id: allianceId }, relations: { focusArea: true } })
        : null;
      if (!alliance) {
        throw notFound('alliance', allianceId);
      }
      allianceName = alliance.name;
      rolePath = `/allianties/${encodeURIComponent(alliance.focusArea?.slug ?? alliance.slug)}`;
      if (!can(actor, 'member.manage', { allianceId })) {
        throw can(actor, 'alliance.read', { allianceId }) ? forbidden() : notFound('alliance', allianceId);
      }
    } else if (!can(actor, 'user.manage', { allianceId: null })) {
      throw forbidden('Only an administrator invites people to national roles.');
    }

    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
    const { outcome, personName, notificationIds } = await this.dataSource.transaction(async (manager): Promise<InviteResult> => {
      // Locked, so two invitations of one new email cannot race past the account check.
      const existing = await manager
        .createQueryBuilder(PersonEntity, 'person')
        .addSelect('person.passwordHash')
        .where('person.email = :email', { email })
        .setLock('pessimistic_write')
        .getOne();
      const held = existing ? await manager.findBy(MembershipEntity, { personId: existing.id }) : [];
      // The accounts of national coordinators and administrators are the administrators' to change.
      if (held.some((membership) => isNationalRole(membership.role)) && !can(actor, 'user.manage', { allianceId: null })) {
        throw forbidden('This person holds a national role; only an administrator changes their roles.');
      }
      const hasAccount = existing !== null && (existing.passwordHash !== null || (await this.hasSignedIn(manager, existing.id)));
      const person = existing ?? (await manager.save(PersonEntity, manager.create(PersonEntity, { email, name })));
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(MembershipEntity)
        .values({ personId: person.id, allianceId, role: input.role })
        .orIgnore()
        .returning(['id'])
        .execute();
      const membershipId = (inserted.raw as { id: string }[])[0]?.id ?? null;
      const audit = { email, allianceId, role: input.role, personId: person.id };
      if (hasAccount) {
        await this.audit.record(manager, caller, {
          operation: 'invitePerson',
          entityType: 'Person',
          entityId: person.id,
          before: null,
          after: { ...audit, existingAccount: true },
        });
        // Told by a notification, in the app and by e-mail as they chose (a role they already held is no news).
        const notificationIds =
          membershipId === null
            ? []
            : await this.notifications.notify(manager, {
                recipientIds: [person.id],
                kind: 'ROLE_GRANTED',
                dedupeKey: `role-granted-${membershipId}`,
                message: `U bent in Doorbraak toegevoegd als ${ROLE_NAMES[input.role]}${allianceName ? ` bij ${allianceName}` : ''}.`,
                link: rolePath,
              });
        return { outcome: 'ADDED', personName: person.name, notificationIds };
      }
      const invitation = await manager.save(
        InvitationEntity,
        manager.create(InvitationEntity, {
          personId: person.id,
          email,
          allianceId,
          role: input.role,
          tokenHash: hashToken(token),
          invitedById: actor.personId,
          expiresAt,
        }),
      );
      // Whoever sees a link can set the password and so act with every role the person holds.
      const mayHandOver = held.every((membership) =>
        membership.allianceId === null
          ? can(actor, 'user.manage', { allianceId: null })
          : can(actor, 'member.manage', { allianceId: membership.allianceId }),
      );
      await this.audit.record(manager, caller, {
        operation: 'invitePerson',
        entityType: 'Invitation',
        entityId: invitation.id,
        before: null,
        after: { ...audit, linkShownToInviter: mayHandOver },
      });
      return { outcome: mayHandOver ? 'LINK_SHOWN' : 'LINK_MAILED', personName: person.name, notificationIds: [] };
    });
    // After the commit: a mail never announces an invitation that was rolled back.
    if (outcome === 'ADDED') {
      try {
        await this.notifications.dispatch(notificationIds);
      } catch (error) {
        this.logger.warn(`queueing the e-mail of a new role failed; the notifications sweep sends it: ${String(error)}`);
      }
      // The notification is the one message: its e-mail has the link and follows the person's preferences.
      return { url: null, expiresAt: null, emailSent: false, addedToExistingAccount: true };
    }
    const url = new URL('/uitnodiging', this.config.webUrl);
    url.searchParams.set('token', token);
    const emailSent = await this.mailer.send({ to: email, name: personName, role: input.role, allianceName, url: url.toString(), expiresAt });
    return { url: outcome === 'LINK_SHOWN' ? url.toString() : null, expiresAt, emailSent, addedToExistingAccount: false };
  }

  // Any session, ended or not, by password or single sign-on: the person has used their account.
  private async hasSignedIn(manager: EntityManager, personId: string): Promise<boolean> {
    return manager.existsBy(AuthSessionEntity, { personId });
  }

  // Single use: the row is locked, checked and marked accepted in one transaction. A link sets the first
  // credentials only: it never replaces a password, nor adds one to an account already used (by SSO).
  async acceptInvitation(token: string, password: string, requestId: string | null): Promise<IssuedTokens> {
    const invitation = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(InvitationEntity, {
        where: { tokenHash: hashToken(token), acceptedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found || found.expiresAt.getTime() < Date.now()) {
        throw new AuthError('INVITATION_INVALID', 'This invitation link is not valid (any more). Ask for a new one.');
      }
      const person = await manager
        .createQueryBuilder(PersonEntity, 'person')
        .addSelect('person.passwordHash')
        .where('person.id = :id', { id: found.personId })
        .setLock('pessimistic_write')
        .getOneOrFail();
      if (person.passwordHash !== null || (await this.hasSignedIn(manager, person.id))) {
        throw new AuthError(
          'INVITATION_FOR_EXISTING_ACCOUNT',
          'This account already exists: sign in with your own password or single sign-on. The invitation is already part of your account.',
        );
      }
      assertAcceptablePassword(password, found.email);
      await manager.update(PersonEntity, { id: found.personId }, { passwordHash: await hashPassword(password), active: true });
      await manager.update(InvitationEntity, { id: found.id }, { acceptedAt: new Date() });
      await this.audit.record(manager, { actor: { personId: found.personId }, requestId }, {
        operation: 'acceptInvitation',
        entityType: 'Invitation',
        entityId: found.id,
        before: null,
        after: { accepted: true },
      });
      return found;
    });
    return this.signIn(invitation.personId, 'password', requestId);
  }
}
