import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { can, isNationalRole, type Role } from '@doorbraak/domain';
import { APP_CONFIG, badInput, forbidden, isUuid, notFound, type AppConfig, type AuthenticatedActor } from '@doorbraak/server-core';
import { AllianceEntity, InvitationEntity, MembershipEntity, PersonEntity } from '@doorbraak/server-data';
import { AuditService } from '@doorbraak/server-audit';
import { AuthError, invalidCredentials } from './auth.exception';
import { InvitationMailer } from './invitation.mailer';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './password';
import { SessionService, type IssuedTokens } from './session.service';

export type InvitationInput = { email: string; name: string; allianceId: string | null; role: Role };
// The single-use link is shown to the inviter, and e-mailed too when SMTP is configured.
export type IssuedInvitation = { url: string; expiresAt: Date; emailSent: boolean };

const INVITATION_DAYS = 7;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly mailer: InvitationMailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signIn(personId: string, method: 'password' | 'oidc', requestId: string | null): Promise<IssuedTokens> {
    return this.dataSource.transaction(async (manager) => {
      const tokens = await this.sessions.start(manager, personId, method);
      await this.audit.record(manager, {
        actorId: personId,
        operation: 'login',
        entityType: 'AuthSession',
        entityId: tokens.sessionId,
        before: null,
        after: { method },
        requestId,
      });
      return tokens;
    });
  }

  refresh(refreshToken: string, requestId: string | null): Promise<IssuedTokens> {
    // A detected reuse ends the session; that must stick even though the refresh itself fails.
    return this.dataSource
      .transaction(async (manager) => {
        const tokens = await this.sessions.rotate(manager, refreshToken);
        await this.audit.record(manager, {
          actorId: null,
          operation: 'refresh',
          entityType: 'AuthSession',
          entityId: tokens.sessionId,
          before: null,
          after: null,
          requestId,
        });
        return tokens;
      })
      .catch(async (error: unknown) => {
        if (error instanceof AuthError && error.code === 'REFRESH_TOKEN_REUSED') {
          await this.dataSource.transaction(async (manager) => {
            const sessionId = await this.sessions.endByRefreshToken(manager, refreshToken, 'refresh_token_reused');
            await this.audit.record(manager, {
              actorId: null,
              operation: 'refreshTokenReused',
              entityType: 'AuthSession',
              entityId: sessionId,
              before: null,
              after: { ended: true },
              requestId,
            });
          });
        }
        throw error;
      });
  }

  logout(actor: AuthenticatedActor, requestId: string | null): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await this.sessions.end(manager, actor.sessionId, 'logout');
      await this.audit.record(manager, {
        actorId: actor.personId,
        operation: 'logout',
        entityType: 'AuthSession',
        entityId: actor.sessionId,
        before: null,
        after: null,
        requestId,
      });
    });
  }

  async changePassword(actor: AuthenticatedActor, current: string, next: string, requestId: string | null): Promise<void> {
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
      await this.audit.record(manager, {
        actorId: actor.personId,
        operation: 'changePassword',
        entityType: 'Person',
        entityId: person.id,
        before: null,
        after: { passwordChanged: true },
        requestId,
      });
    });
  }

  async invite(actor: AuthenticatedActor, input: InvitationInput, requestId: string | null): Promise<IssuedInvitation> {
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    if (!EMAIL.test(email)) {
      throw badInput(`"${input.email}" is not an email address.`);
    }
    if (name.length === 0 || name.length > 200) {
      throw badInput('A name has 1 to 200 characters.');
    }
    if (isNationalRole(input.role) !== (input.allianceId === null)) {
      throw badInput(isNationalRole(input.role) ? `${input.role} is held without an alliance.` : `${input.role} is held within an alliance.`);
    }
    let allianceName: string | null = null;
    if (input.allianceId !== null) {
      const alliance = isUuid(input.allianceId)
        ? await this.dataSource.getRepository(AllianceEntity).findOneBy({ id: input.allianceId })
        : null;
      if (!alliance) {
        throw notFound('alliance', input.allianceId);
      }
      allianceName = alliance.name;
      if (!can(actor, 'member.manage', { allianceId: input.allianceId })) {
        throw can(actor, 'alliance.read', { allianceId: input.allianceId }) ? forbidden() : notFound('alliance', input.allianceId);
      }
    } else if (!can(actor, 'user.manage', { allianceId: null })) {
      throw forbidden('Only an administrator invites people to national roles.');
    }

    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(PersonEntity, { email });
      const person = existing ?? (await manager.save(PersonEntity, manager.create(PersonEntity, { email, name })));
      await manager
        .createQueryBuilder()
        .insert()
        .into(MembershipEntity)
        .values({ personId: person.id, allianceId: input.allianceId, role: input.role })
        .orIgnore()
        .execute();
      const invitation = await manager.save(
        InvitationEntity,
        manager.create(InvitationEntity, {
          personId: person.id,
          email,
          allianceId: input.allianceId,
          role: input.role,
          tokenHash: hashToken(token),
          invitedById: actor.personId,
          expiresAt,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.personId,
        operation: 'invitePerson',
        entityType: 'Invitation',
        entityId: invitation.id,
        before: null,
        after: { email, allianceId: input.allianceId, role: input.role, personId: person.id },
        requestId,
      });
    });
    const url = new URL('/uitnodiging', this.config.webUrl);
    url.searchParams.set('token', token);
    // After the commit: a mail never announces an invitation that was rolled back.
    const emailSent = await this.mailer.send({ to: email, name, role: input.role, allianceName, url: url.toString(), expiresAt });
    return { url: url.toString(), expiresAt, emailSent };
  }

  // Single use: the row is locked, checked and marked accepted in one transaction.
  async acceptInvitation(token: string, password: string, requestId: string | null): Promise<IssuedTokens> {
    const invitation = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(InvitationEntity, {
        where: { tokenHash: hashToken(token), acceptedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found || found.expiresAt.getTime() < Date.now()) {
        throw new AuthError('INVITATION_INVALID', 'This invitation link is not valid (any more). Ask for a new one.');
      }
      assertAcceptablePassword(password, found.email);
      await manager.update(PersonEntity, { id: found.personId }, { passwordHash: await hashPassword(password), active: true });
      await manager.update(InvitationEntity, { id: found.id }, { acceptedAt: new Date() });
      await this.audit.record(manager, {
        actorId: found.personId,
        operation: 'acceptInvitation',
        entityType: 'Invitation',
        entityId: found.id,
        before: null,
        after: { accepted: true },
        requestId,
      });
      return found;
    });
    return this.signIn(invitation.personId, 'password', requestId);
  }
}
