import type { Request } from 'express';
import { randomNonce, randomState } from 'openid-client';
import { Strategy, type AuthenticateOptions } from 'openid-client/passport';

export const OIDC_STRATEGY = 'oidc';

export type OidcAuthenticateOptions = AuthenticateOptions & { phase: 'begin' | 'complete' };

export class OidcStrategy extends Strategy {
  // The library sends neither state nor nonce when the provider supports PKCE; we want all three:
  // PKCE binds the code to this browser, state binds the answer to this request, the nonce binds
  // the ID token to it. The strategy keeps both beside the code verifier and checks them on return.
  override authorizationRequestParams<TOptions extends AuthenticateOptions>(request: Request, options: TOptions): URLSearchParams {
    const params = new URLSearchParams(super.authorizationRequestParams(request, options));
    params.set('state', randomState());
    params.set('nonce', randomNonce());
    return params;
  }

  // The route decides, not the query string: the login route never redeems a code, and the
  // callback never starts a new sign-in.
  override shouldInitiateAuthRequest<TOptions extends AuthenticateOptions>(_request: Request, _currentUrl: URL, options: TOptions): boolean {
    return (options as unknown as OidcAuthenticateOptions).phase === 'begin';
  }
}
