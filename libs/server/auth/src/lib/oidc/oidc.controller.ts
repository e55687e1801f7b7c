import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, createGraphqlContext, Public, type AppConfig } from '@doorbraak/server-core';
import type { AuthErrorCode } from '../auth.exception';
import { AuthService } from '../auth.service';
import { setRefreshCookie } from '../refresh-cookie';
import { OIDC_STATE_COOKIE } from './oidc-state';
import { OIDC_ROUTES, OidcService } from './oidc.service';

// Browser routes for single sign-on. The web app links to /login; the provider sends the browser
// back to /callback, which starts a session (the refresh cookie) and returns to the web app, whose
// client then calls `refresh` for an access token. A refusal returns to the web app with `ssoError`.
@Public()
@Controller(OIDC_ROUTES.slice(1))
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('login')
  async login(@Req() request: Request, @Res() response: Response): Promise<void> {
    const outcome = await this.oidc.authenticate('begin', request, response);
    if (outcome.kind !== 'redirected') {
      this.backToWeb(response, outcome.kind === 'refused' ? outcome.error.code : 'SSO_FAILED');
    }
  }

  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { requestId } = createGraphqlContext(request);
    // The state cookie serves one attempt, whatever its outcome.
    response.clearCookie(OIDC_STATE_COOKIE, { path: OIDC_ROUTES });
    const outcome = await this.oidc.authenticate('complete', request, response);
    if (outcome.kind === 'signedIn') {
      const tokens = await this.auth.signIn(outcome.person.id, 'oidc', requestId);
      setRefreshCookie(request, response, tokens.refreshToken);
      this.backToWeb(response, null);
    } else if (outcome.kind === 'refused') {
      await this.oidc.recordRefusal(outcome.error, requestId);
      this.backToWeb(response, outcome.error.code);
    }
  }

  private backToWeb(response: Response, ssoError: AuthErrorCode | null): void {
    const target = new URL(this.config.webUrl);
    if (ssoError) {
      target.searchParams.set('ssoError', ssoError);
    }
    response.redirect(303, target.toString());
  }
}
