import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { CredentialsService, type VerifiedPerson } from '../credentials.service';

// Email and password, checked with the failed-attempt limits of CredentialsService.
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly credentials: CredentialsService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: Request, email: string, password: string): Promise<VerifiedPerson> {
    return this.credentials.verify(email, password, request.ip ?? 'unknown');
  }
}
