import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TEXT_RULES } from '@doorbraak/domain';
import type { Request, Response } from 'express';
import { CurrentActor, CurrentCaller, Public, TextArg, type AuthenticatedActor, type Caller, type GraphqlContext } from '@doorbraak/server-core';
import { AuthService } from '../auth.service';
import { sessionExpired } from '../auth.exception';
import type { VerifiedPerson } from '../credentials.service';
import { LocalAuthGuard } from '../local-auth.guard';
import { MeService } from '../me.service';
import { clearRefreshCookie, refreshTokenOf, setRefreshCookie } from '../refresh-cookie';
import type { IssuedTokens } from '../session.service';
import { AuthPayload, InvitationLink, InvitePersonInput, Me, MembershipModel } from './auth.models';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly meService: MeService,
  ) {}

  @Public()
  @UseGuards(LocalAuthGuard)
  @Mutation(() => AuthPayload, { description: 'Sign in with email and password' })
  async login(
    @TextArg('email', TEXT_RULES.email) _email: string,
    @TextArg('password', TEXT_RULES.password) _password: string,
    @Context() context: GraphqlContext,
  ): Promise<AuthPayload> {
    const person = (context.req as unknown as { user: VerifiedPerson }).user;
    return this.respond(context, await this.auth.signIn(person.id, 'password', context.requestId));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'A new access token from the refresh cookie; the cookie rotates' })
  async refresh(@Context() context: GraphqlContext): Promise<AuthPayload> {
    const token = refreshTokenOf(context.req as unknown as Request);
    if (!token) {
      throw sessionExpired();
    }
    return this.respond(context, await this.auth.refresh(token, context.requestId));
  }

  @Mutation(() => Boolean, { description: 'End this session' })
  async logout(@CurrentCaller() caller: Caller, @Context() context: GraphqlContext): Promise<boolean> {
    await this.auth.logout(caller);
    clearRefreshCookie(context.res as Response);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Change the password; other sessions end' })
  async changePassword(
    @CurrentCaller() caller: Caller,
    @TextArg('currentPassword', TEXT_RULES.password) currentPassword: string,
    @TextArg('newPassword', TEXT_RULES.password) newPassword: string,
  ): Promise<boolean> {
    await this.auth.changePassword(caller, currentPassword, newPassword);
    return true;
  }

  @Query(() => Me)
  me(@CurrentActor() actor: AuthenticatedActor, @Context() context: GraphqlContext): Promise<Omit<Me, 'memberships'>> {
    return this.meService.load(actor.personId, context);
  }

  @Mutation(() => InvitationLink, { description: 'Invite a person to an alliance with a role' })
  async invitePerson(
    @CurrentCaller() caller: Caller,
    @Args('input') input: InvitePersonInput,
  ): Promise<InvitationLink> {
    return this.auth.invite(caller, input);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Set a password with an invitation link, and sign in' })
  async acceptInvitation(
    @TextArg('token', TEXT_RULES.token) token: string,
    @TextArg('password', TEXT_RULES.password) password: string,
    @Context() context: GraphqlContext,
  ): Promise<AuthPayload> {
    return this.respond(context, await this.auth.acceptInvitation(token, password, context.requestId));
  }

  private respond(context: GraphqlContext, tokens: IssuedTokens): AuthPayload {
    setRefreshCookie(context.req as unknown as Request, context.res as Response, tokens.refreshToken);
    return { accessToken: tokens.accessToken, expiresAt: tokens.expiresAt };
  }
}

@Resolver(() => Me)
export class MeResolver {
  constructor(private readonly meService: MeService) {}

  @ResolveField(() => [MembershipModel])
  memberships(@Parent() me: Pick<Me, 'id'>): Promise<MembershipModel[]> {
    return this.meService.memberships(me.id);
  }
}
