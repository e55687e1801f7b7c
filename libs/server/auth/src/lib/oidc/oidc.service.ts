import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import passport from 'passport';
import * as client from 'openid-client';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '@doorbraak/server-core';
import { AuditService } from '@doorbraak/server-audit';
import { AuthError, SsoAccountError, ssoFailed, ssoNotConfigured } from '../auth.exception';
import type { VerifiedPerson } from '../credentials.service';
import { isHttps } from '../refresh-cookie';
import { OIDC_STATE_COOKIE, OIDC_STATE_TTL_SECONDS, openOidcState, sealOidcState, type OidcState } from './oidc-state';
import { OIDC_STRATEGY, OidcStrategy, type OidcAuthenticateOptions } from './oidc.strategy';

export const OIDC_ROUTES = '/auth/oidc';
const STATE_KEY = 'oidc';

export type OidcOutcome =
  | { kind: 'redirected' }
  | { kind: 'signedIn'; person: VerifiedPerson }
  | { kind: 'refused'; error: AuthError };

// openid-client puts the specific reason (unexpected state, nonce mismatch) in the cause.
const reasonOf = (error: unknown): string => {
  if (!(error instanceof Error)) {
    return String(error);
  }
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
};

// Single sign-on with OpenID Connect: code flow with PKCE, state and nonce, as a passport strategy.
// The provider is discovered on first use, so the API starts even when the provider is down.
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private registered: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  // Runs the strategy: `begin` redirects to the provider; `complete` ends with a person or a refusal.
  async authenticate(phase: 'begin' | 'complete', request: Request, response: Response): Promise<OidcOutcome> {
    const oidc = this.config.oidc;
    if (!oidc) {
      throw ssoNotConfigured();
    }
    try {
      await this.register(oidc);
    } catch (error) {
      this.logger.warn(`OpenID provider discovery failed: ${reasonOf(error)}`);
      return { kind: 'refused', error: ssoFailed() };
    }
    this.attachStateStore(request, response);
    const callbackURL = `${isHttps(request) ? 'https' : 'http'}://${request.get('host')}${OIDC_ROUTES}/callback`;
    const options: OidcAuthenticateOptions = { session: false, callbackURL, phase };
    return new Promise<OidcOutcome>((resolve) => {
      const redirected = () => resolve({ kind: 'redirected' });
      response.once('finish', redirected);
      const settle = (outcome: OidcOutcome) => {
        response.off('finish', redirected);
        resolve(outcome);
      };
      const refuse = (error: unknown) => {
        if (!(error instanceof AuthError)) {
          // Protocol failures (state, nonce, PKCE, provider errors): the cause is for the log only.
          this.logger.warn(`Single sign-on refused: ${reasonOf(error)}`);
        }
        settle({ kind: 'refused', error: error instanceof AuthError ? error : ssoFailed() });
      };
      const authenticate = passport.authenticate(
        OIDC_STRATEGY,
        options,
        (error: unknown, person: VerifiedPerson | false, info: { message?: string } | undefined) => {
          if (error || !person) {
            refuse(error ?? new Error(info?.message ?? 'no person'));
          } else {
            settle({ kind: 'signedIn', person });
          }
        },
      ) as (request: Request, response: Response, next: (error?: unknown) => void) => void;
      authenticate(request, response, refuse);
    });
  }

  async recordRefusal(error: AuthError, requestId: string | null): Promise<void> {
    await this.audit.record(this.dataSource.manager, { actor: null, requestId }, {
      operation: 'ssoLoginRefused',
      entityType: 'Person',
      entityId: null,
      before: null,
      after: { reason: error.code, ...(error instanceof SsoAccountError ? { email: error.email } : {}) },
    });
  }

  private register(oidc: OidcConfig): Promise<void> {
    this.registered ??= this.discover(oidc).catch((error: unknown) => {
      this.registered = null;
      throw error;
    });
    return this.registered;
  }

  private async discover(oidc: OidcConfig): Promise<void> {
    // Plain HTTP only for a provider on this machine outside production (the tests' local provider).
    const insecure = this.config.nodeEnv !== 'production' && new URL(oidc.issuerUrl).protocol === 'http:';
    const configuration = await client.discovery(
      new URL(oidc.issuerUrl),
      oidc.clientId,
      undefined,
      client.ClientSecretBasic(oidc.clientSecret),
      insecure ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    const verify = (_request: Request, tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers, done: passport.AuthenticateCallback) => {
      this.personFor(configuration, tokens).then(
        (person) => done(null, person),
        (error: unknown) => done(error),
      );
    };
    passport.use(
      OIDC_STRATEGY,
      new OidcStrategy(
        { config: configuration, name: OIDC_STRATEGY, sessionKey: STATE_KEY, scope: 'openid email profile', passReqToCallback: true },
        verify,
      ),
    );
  }

  // Matched by verified email to an account someone was invited to; nobody is created here.
  private async personFor(
    configuration: client.Configuration,
    tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
  ): Promise<VerifiedPerson> {
    const claims = tokens.claims();
    if (!claims) {
      throw ssoFailed();
    }
    // Providers put the email in the ID token, or only behind the userinfo endpoint.
    const inIdToken = typeof claims['email'] === 'string' && typeof claims['email_verified'] === 'boolean';
    const profile = inIdToken ? claims : await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    const email = typeof profile['email'] === 'string' ? profile['email'].trim().toLowerCase() : null;
    if (!email) {
      throw ssoFailed();
    }
    if (profile['email_verified'] !== true) {
      throw new SsoAccountError('SSO_EMAIL_UNVERIFIED', 'Your identity provider has not verified your email address.', email);
    }
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM person p
       WHERE p.email = $1 AND p.active AND EXISTS (SELECT 1 FROM membership m WHERE m.person_id = p.id)`,
      [email],
    );
    if (rows.length === 0) {
      throw new SsoAccountError('SSO_NO_ACCOUNT', 'There is no Doorbraak account for this email address. Ask for an invitation.', email);
    }
    return { id: rows[0].id, email };
  }

  // openid-client keeps its state in `req.session`; we have no server sessions, so the state goes
  // into a sealed, short-lived cookie scoped to the OIDC routes.
  private attachStateStore(request: Request, response: Response): void {
    const sealed = (request.cookies as Record<string, string> | undefined)?.[OIDC_STATE_COOKIE];
    const session = {};
    Object.defineProperty(session, STATE_KEY, {
      configurable: true,
      enumerable: true,
      get: () => openOidcState(this.config.jwtSecret, sealed, new Date()) ?? undefined,
      set: (state: OidcState) => {
        response.cookie(OIDC_STATE_COOKIE, sealOidcState(this.config.jwtSecret, state, new Date()), {
          httpOnly: true,
          secure: isHttps(request),
          sameSite: 'lax',
          path: OIDC_ROUTES,
          maxAge: OIDC_STATE_TTL_SECONDS * 1000,
        });
      },
    });
    (request as Request & { session?: object }).session = session;
  }
}
