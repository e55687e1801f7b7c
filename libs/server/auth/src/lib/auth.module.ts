import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@doorbraak/server-core';
import { MembershipEntity } from '@doorbraak/server-data';
import { AuditModule } from '@doorbraak/server-audit';
import { NotificationsCoreModule } from '@doorbraak/server-notifications';
import { AuthFilter } from './auth.filter';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { CredentialsService } from './credentials.service';
import { AuthResolver, MeResolver } from './graphql/auth.resolver';
import { SignInOptionsResolver } from './graphql/sign-in-options.resolver';
import { InvitationMailer } from './invitation.mailer';
import { LoginThrottleService } from './login-throttle.service';
import { MeService } from './me.service';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { SessionService } from './session.service';
import { JwtStrategy } from './strategies/jwt.strategy';
import { LocalStrategy } from './strategies/local.strategy';

export const AUTH_RESOLVERS = [AuthResolver, MeResolver, SignInOptionsResolver];

@Module({
  imports: [
    PassportModule,
    AuditModule,
    NotificationsCoreModule,
    TypeOrmModule.forFeature([MembershipEntity]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [
    AuthService,
    CredentialsService,
    InvitationMailer,
    LoginThrottleService,
    MeService,
    OidcService,
    SessionService,
    JwtStrategy,
    LocalStrategy,
    ...AUTH_RESOLVERS,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: AuthFilter },
  ],
  controllers: [OidcController],
  exports: [SessionService, AuthService],
})
export class AuthModule {}
