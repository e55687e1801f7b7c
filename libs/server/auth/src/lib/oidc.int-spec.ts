import { seedDemoData } from '@doorbraak/server-seed';
import { OIDC_STATE_COOKIE, openOidcState, sealOidcState, type OidcState } from './oidc/oidc-state';
import { CookieBrowser, createTestDatabase, graphqlData, graphqlRequest, LocalOpenIdProvider, signIn, startTestApi, testConfig, type TestApi, type TestDatabase } from '@doorbraak/server-testing';

const CLIENT = { clientId: 'doorbraak', clientSecret: 'a-client-secret-for-the-local-provider' };
const WEB_URL = 'http://localhost:4200';
const JWT_SECRET = testConfig({ databaseUrl: 'postgres://unused' }).jwtSecret;

const INVITED = 'sso.lid@zaanstad.nl';
const ACCOUNTS = {
  invited: { email: 'SSO.Lid@Zaanstad.nl', email_verified: true, name: 'Sanne Sso' },
  unknown: { email: 'onbekend@example.nl', email_verified: true, name: 'Otto Onbekend' },
  unverified: { email: INVITED, email_verified: false, name: 'Niet Geverifieerd' },
};

const REFRESH = 'mutation { refresh { accessToken } }';
const ME = '{ me { email memberships { role allianceName } } }';

describe('single sign-on with OpenID Connect, against a local provider', () => {
  let db: TestDatabase;
  let api: TestApi;
  let idp: LocalOpenIdProvider;
  let apiHost: string;
  let callbackPrefix: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    idp = await LocalOpenIdProvider.listen();
    api = await startTestApi(db.appUrl, {
      config: { webUrl: WEB_URL, oidc: { issuerUrl: idp.issuer, ...CLIENT } },
    });
    apiHost = new URL(api.url).host;
    callbackPrefix = `${api.url}/auth/oidc/callback`;
    idp.start({ ...CLIENT, redirectUri: callbackPrefix }, ACCOUNTS);

    // Invited by an administrator; the invitation is never accepted: SSO needs no password.
    const [{ id: allianceId }]: { id: string }[] = await db.dataSource.query(`SELECT id FROM alliance WHERE slug = 'zaandam-oost'`);
    const admin = await signIn(api.url, 'admin@demo.doorbraak.nl');
    await graphqlData(
      api.url,
      'mutation ($input: InvitePersonInput!) { invitePerson(input: $input) { url } }',
      { input: { email: INVITED, name: 'Sanne Sso', allianceId, role: 'BUREAU_MEMBER' } },
      { token: admin.token },
    );
  });

  afterAll(async () => {
    await api?.app.close();
    await idp?.close();
    await db?.drop();
  });

  // Runs the flow up to the provider's redirect back to the API, without following it.
  const untilCallback = async (browser: CookieBrowser, account: keyof typeof ACCOUNTS) => {
    idp.signInAs = account;
    const start = await browser.get(`${api.url}/auth/oidc/login`);
    expect(start.status).toBe(302);
    const authorization = new URL(start.location as string);
    const callback = await browser.followUntil(authorization.toString(), (next) => next.startsWith(callbackPrefix));
    return { authorization, callback: new URL(callback) };
  };

  const finish = async (browser: CookieBrowser, callback: URL) => {
    const result = await browser.get(callback.toString());
    expect(result.status).toBe(303);
    const location = new URL(result.location as string);
    const refreshCookie = result.setCookie.find((value) => value.startsWith('doorbraak_refresh='));
    return { location, refreshCookie, ssoError: location.searchParams.get('ssoError'), setCookie: result.setCookie };
  };

  const refreshedEmail = async (refreshCookie: string) => {
    const refreshed = await graphqlData<{ refresh: { accessToken: string } }>(api.url, REFRESH, {}, { cookie: refreshCookie.split(';')[0] });
    const { me } = await graphqlData<{ me: { email: string; memberships: { role: string; allianceName: string }[] } }>(
      api.url,
      ME,
      {},
      { token: refreshed.refresh.accessToken },
    );
    return me;
  };

  const stateOf = (browser: CookieBrowser): OidcState => {
    const state = openOidcState(JWT_SECRET, browser.cookie(apiHost, OIDC_STATE_COOKIE), new Date());
    if (!state) throw new Error('no OIDC state cookie');
    return state;
  };

  const refusals = async (email: string): Promise<string[]> => {
    const rows: { reason: string }[] = await db.dataSource.query(
      `SELECT after->>'reason' AS reason FROM audit_entry WHERE operation = 'ssoLoginRefused' AND after->>'email' = $1`,
      [email],
    );
    return rows.map((row) => row.reason);
  };

  it('signs an invited person in by code flow with PKCE, state and nonce, and the refresh cookie works', async () => {
    const browser = new CookieBrowser();
    const { authorization, callback } = await untilCallback(browser, 'invited');
    expect(authorization.origin).toBe(idp.issuer);
    expect(Object.fromEntries(authorization.searchParams)).toEqual(
      expect.objectContaining({
        response_type: 'code',
        client_id: CLIENT.clientId,
        redirect_uri: callbackPrefix,
        code_challenge_method: 'S256',
        code_challenge: expect.stringMatching(/^[\w-]{43}$/),
        state: expect.any(String),
        nonce: expect.any(String),
      }),
    );
    // The verifier, state and nonce stay with the browser, sealed: nothing readable in the cookie.
    const state = stateOf(browser);
    expect(state).toEqual({ code_verifier: expect.any(String), state: authorization.searchParams.get('state'), nonce: authorization.searchParams.get('nonce') });
    expect(browser.cookie(apiHost, OIDC_STATE_COOKIE)).not.toContain(state.code_verifier);
    expect(callback.searchParams.get('state')).toBe(state.state);

    const { location, refreshCookie, setCookie, ssoError } = await finish(browser, callback);
    expect(ssoError).toBeNull();
    expect(location.toString()).toBe(`${WEB_URL}/`);
    expect(refreshCookie).toMatch(/HttpOnly/);
    expect(refreshCookie).toMatch(/SameSite=Lax/);
    expect(refreshCookie).toMatch(/Path=\/graphql/);
    expect(setCookie.some((value) => value.startsWith(`${OIDC_STATE_COOKIE}=;`))).toBe(true);

    const me = await refreshedEmail(refreshCookie as string);
    expect(me).toEqual({ email: INVITED, memberships: [{ role: 'BUREAU_MEMBER', allianceName: expect.stringContaining('Zaandam') }] });
    const sessions: { method: string }[] = await db.dataSource.query(
      `SELECT s.method FROM auth_session s JOIN person p ON p.id = s.person_id WHERE p.email = $1`,
      [INVITED],
    );
    expect(sessions).toEqual([{ method: 'oidc' }]);
  });

  it('refuses an answer whose state was changed', async () => {
    const browser = new CookieBrowser();
    const { callback } = await untilCallback(browser, 'invited');
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const { ssoError, refreshCookie } = await finish(browser, callback);
    expect(ssoError).toBe('SSO_FAILED');
    expect(refreshCookie).toBeUndefined();
  });

  it('refuses an answer that belongs to another sign-in in the same browser', async () => {
    const browser = new CookieBrowser();
    const first = await untilCallback(browser, 'invited');
    // A second attempt replaces the state cookie; the first answer no longer matches it.
    await untilCallback(browser, 'invited');
    const { ssoError, refreshCookie } = await finish(browser, first.callback);
    expect(ssoError).toBe('SSO_FAILED');
    expect(refreshCookie).toBeUndefined();
  });

  it('refuses an answer without the state cookie, or with a forged one', async () => {
    const withoutCookie = new CookieBrowser();
    const { callback } = await untilCallback(new CookieBrowser(), 'invited');
    expect((await finish(withoutCookie, callback)).ssoError).toBe('SSO_FAILED');

    const forged = new CookieBrowser();
    const second = await untilCallback(forged, 'invited');
    forged.setCookie(apiHost, OIDC_STATE_COOKIE, sealOidcState('another-secret-of-at-least-32-characters', stateOf(forged), new Date()));
    expect((await finish(forged, second.callback)).ssoError).toBe('SSO_FAILED');
  });

  it('checks the nonce in the ID token', async () => {
    // Control: the same state sealed again passes, so what fails below is the nonce alone.
    const control = new CookieBrowser();
    const controlled = await untilCallback(control, 'invited');
    control.setCookie(apiHost, OIDC_STATE_COOKIE, sealOidcState(JWT_SECRET, stateOf(control), new Date()));
    expect((await finish(control, controlled.callback)).ssoError).toBeNull();

    const browser = new CookieBrowser();
    const { callback } = await untilCallback(browser, 'invited');
    browser.setCookie(apiHost, OIDC_STATE_COOKIE, sealOidcState(JWT_SECRET, { ...stateOf(browser), nonce: 'another-nonce' }, new Date()));
    const { ssoError, refreshCookie } = await finish(browser, callback);
    expect(ssoError).toBe('SSO_FAILED');
    expect(refreshCookie).toBeUndefined();
  });

  it('checks the PKCE code verifier (the provider refuses the code)', async () => {
    const browser = new CookieBrowser();
    const { callback } = await untilCallback(browser, 'invited');
    const wrongVerifier = 'a'.repeat(43);
    browser.setCookie(apiHost, OIDC_STATE_COOKIE, sealOidcState(JWT_SECRET, { ...stateOf(browser), code_verifier: wrongVerifier }, new Date()));
    const { ssoError, refreshCookie } = await finish(browser, callback);
    expect(ssoError).toBe('SSO_FAILED');
    expect(refreshCookie).toBeUndefined();
  });

  it('refuses an email nobody was invited with, and creates no account', async () => {
    const browser = new CookieBrowser();
    const { callback } = await untilCallback(browser, 'unknown');
    const { ssoError, refreshCookie } = await finish(browser, callback);
    expect(ssoError).toBe('SSO_NO_ACCOUNT');
    expect(refreshCookie).toBeUndefined();
    const [{ count }]: { count: string }[] = await db.dataSource.query(`SELECT count(*) FROM person WHERE email = 'onbekend@example.nl'`);
    expect(Number(count)).toBe(0);
    expect(await refusals('onbekend@example.nl')).toEqual(['SSO_NO_ACCOUNT']);
  });

  it('refuses an email the provider has not verified', async () => {
    const browser = new CookieBrowser();
    const { callback } = await untilCallback(browser, 'unverified');
    const { ssoError, refreshCookie } = await finish(browser, callback);
    expect(ssoError).toBe('SSO_EMAIL_UNVERIFIED');
    expect(refreshCookie).toBeUndefined();
    expect(await refusals(INVITED)).toEqual(['SSO_EMAIL_UNVERIFIED']);
  });

  it('never redeems a code at the login route, and never starts a sign-in at the callback', async () => {
    const browser = new CookieBrowser();
    const atCallback = await browser.get(`${api.url}/auth/oidc/callback`);
    expect(atCallback.status).toBe(303);
    expect(new URL(atCallback.location as string).searchParams.get('ssoError')).toBe('SSO_FAILED');
    const { ssoError } = await finish(browser, new URL(`${callbackPrefix}?code=x&state=y`));
    expect(ssoError).toBe('SSO_FAILED');
    const refused = await graphqlRequest(api.url, REFRESH, {}, {});
    expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
