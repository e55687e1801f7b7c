import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, isUuid, type AppConfig, type AuthenticatedActor } from '@doorbraak/server-core';
import type { AccessTokenClaims } from '../session.service';
import { SessionService } from '../session.service';

const CALLER = Symbol('doorbraak.caller');

// Bearer access tokens; the session behind the token must still be alive (idle and absolute limits, logout)
// and belong to the person the token names.
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A key object, made once: given the secret as a string, jsonwebtoken first tries (and fails) to read
      // it as a public key on every request, which cost more CPU than the rest of the check. (passport-jwt
      // hands it to jsonwebtoken unchanged; its types only name strings and buffers.)
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret)) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  // The guard runs once per top-level field; the session and the caller's memberships are read once per
  // request, in one statement (a query with three root fields reads them once, not three times).
  validate(request: { [CALLER]?: Promise<AuthenticatedActor | false> }, claims: AccessTokenClaims): Promise<AuthenticatedActor | false> {
    request[CALLER] ??= this.check(claims);
    return request[CALLER];
  }

  private async check(claims: AccessTokenClaims): Promise<AuthenticatedActor | false> {
    // Both claims must be UUIDs before they reach SQL; a forged token with anything else is simply refused.
    if (!isUuid(String(claims.sid)) || !isUuid(String(claims.sub))) {
      return false;
    }
    return (await this.sessions.authenticate(claims.sid, claims.sub)) ?? false;
  }
}
