import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Provider from 'oidc-provider';
import type { KoaContext } from 'oidc-provider';

export type ProviderAccount = { email: string; email_verified: boolean; name: string };

export type OidcClient = { clientId: string; clientSecret: string; redirectUri: string };

// A real OpenID provider (oidc-provider) on a free local port. Its login screen signs in whichever
// account the test chose, so a test plays the browser with plain HTTP requests.
export class LocalOpenIdProvider {
  signInAs: string | null = null;
  private provider: Provider | null = null;

  private constructor(
    private readonly server: Server,
    readonly issuer: string,
    private readonly providerClass: typeof Provider,
    private readonly quiet: jest.SpyInstance[],
  ) {}

  // The port first: the API needs the issuer, the provider needs the API's callback address.
  static async listen(): Promise<LocalOpenIdProvider> {
    // The provider warns about its development defaults (memory adapter, keys, Node version): fine here.
    const passOn = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (!text.startsWith('oidc-provider')) process.stderr.write(`${text}\n`);
    };
    const quiet = [jest.spyOn(console, 'warn').mockImplementation(passOn), jest.spyOn(console, 'info').mockImplementation(passOn)];
    const { default: providerClass } = await import('oidc-provider');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const idp = new LocalOpenIdProvider(server, `http://127.0.0.1:${port}`, providerClass, quiet);
    server.on('request', (request, response) => {
      void idp.handle(request, response);
    });
    return idp;
  }

  start(client: OidcClient, accounts: Record<string, ProviderAccount>): void {
    this.provider = new this.providerClass(this.issuer, {
      clients: [
        {
          client_id: client.clientId,
          client_secret: client.clientSecret,
          redirect_uris: [client.redirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      findAccount: (_context: unknown, id: string) =>
        accounts[id] ? { accountId: id, claims: () => ({ sub: id, ...accounts[id] }) } : undefined,
      interactions: { url: (_context: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
      features: { devInteractions: { enabled: false } },
      pkce: { required: () => true },
      cookies: { keys: ['local-openid-provider-cookie-key'] },
      // A first-party client: no consent screen.
      loadExistingGrant: async (context: KoaContext) => {
        const grant = new context.oidc.provider.Grant({ clientId: context.oidc.client.clientId, accountId: context.oidc.session.accountId });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        return grant;
      },
    });
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
    this.quiet.forEach((spy) => spy.mockRestore());
  }

  private async handle(request: Parameters<Provider['interactionFinished']>[0], response: Parameters<Provider['interactionFinished']>[1]) {
    if (!this.provider) {
      response.statusCode = 503;
      response.end();
      return;
    }
    if (request.url?.startsWith('/interaction/')) {
      try {
        await this.provider.interactionFinished(request, response, { login: { accountId: this.signInAs } }, { mergeWithLastSubmission: false });
      } catch (error) {
        response.statusCode = 500;
        response.end(String(error));
      }
      return;
    }
    this.provider.callback()(request, response);
  }
}
