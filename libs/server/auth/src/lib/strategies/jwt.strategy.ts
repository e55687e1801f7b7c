import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig, type AuthenticatedActor } from '@doorbraak/server-core';
import { ActorService } from '../actor.service';
import type { AccessTokenClaims } from '../session.service';
import { SessionService } from '../session.service';

// Bearer access tokens; the session behind the token must still be alive (idle and absolute limits, logout).
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionService,
    private readonly actors: ActorService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<AuthenticatedActor | false> {
    if (!(await this.sessions.keepAlive(claims.sid))) {
      return false;
    }
    return this.actors.load(claims.sub, claims.sid);
  }
}
