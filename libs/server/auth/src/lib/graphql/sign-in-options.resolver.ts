import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, Public, type AppConfig } from '@doorbraak/server-core';

@ObjectType({ description: 'How one may sign in here; public, for the sign-in page' })
export class SignInOptions {
  @Field({ description: 'Single sign-on (OpenID Connect) is configured: link to /auth/oidc/login' })
  sso: boolean;
}

@Resolver()
export class SignInOptionsResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Query(() => SignInOptions, { description: 'How one may sign in here (before signing in)' })
  signInOptions(): SignInOptions {
    return { sso: this.config.oidc !== null };
  }
}
