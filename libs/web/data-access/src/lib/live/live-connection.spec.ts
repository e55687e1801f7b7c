import type { ClientOptions } from 'graphql-ws';
import { AuthSession } from '../session/auth-session';
import { createLiveConnection, socketUrlFor } from './live-connection';

const terminate = jest.fn();
let options: ClientOptions | undefined;

jest.mock('graphql-ws/client', () => ({
  createClient: (given: ClientOptions) => {
    options = given;
    return { terminate, dispose: jest.fn(), on: jest.fn(), subscribe: jest.fn(), iterate: jest.fn() };
  },
}));

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

// A refresh answered by the API with a new token.
const answering = (accessToken: string) =>
  jest.fn(async () => new Response(JSON.stringify({ data: { refresh: { accessToken, expiresAt: inMinutes(10) } } }), { status: 200 }));

const params = async (): Promise<unknown> => {
  const given = options?.connectionParams;
  return typeof given === 'function' ? given() : given;
};

describe('the live connection', () => {
  let session: AuthSession;
  // One tab here: Node's BroadcastChannel would keep jest from exiting.
  const channel = globalThis.BroadcastChannel;

  beforeAll(() => {
    Reflect.deleteProperty(globalThis, 'BroadcastChannel');
  });

  afterAll(() => {
    globalThis.BroadcastChannel = channel;
  });

  beforeEach(() => {
    terminate.mockClear();
    options = undefined;
  });

  afterEach(() => {
    session?.signOut('signedOut');
  });

  it('opens the socket on the page’s own origin, wss behind https', () => {
    expect(socketUrlFor('/graphql', 'http://localhost:4200/vastlopers')).toBe('ws://localhost:4200/graphql');
    expect(socketUrlFor('/graphql', 'https://doorbraak.example/')).toBe('wss://doorbraak.example/graphql');
  });

  it('sends the access token in the connection parameters, renewing one that is about to expire', async () => {
    const fetchImpl = answering('renewed');
    session = new AuthSession({ fetchImpl });
    createLiveConnection('ws://localhost/graphql', session);

    session.signedIn({ accessToken: 'current', expiresAt: inMinutes(10) });
    expect(await params()).toEqual({ authorization: 'Bearer current' });
    expect(fetchImpl).not.toHaveBeenCalled();

    session.signedIn({ accessToken: 'stale', expiresAt: new Date(Date.now() + 2_000).toISOString() });
    expect(await params()).toEqual({ authorization: 'Bearer renewed' });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('reconnects with a renewed token, and not for the token it already uses', async () => {
    session = new AuthSession({ fetchImpl: answering('unused') });
    createLiveConnection('ws://localhost/graphql', session);
    session.signedIn({ accessToken: 'first', expiresAt: inMinutes(10) });
    await params();
    options?.on?.connected?.({} as never, undefined, false);
    session.signedIn({ accessToken: 'first', expiresAt: inMinutes(10) });
    expect(terminate).not.toHaveBeenCalled();

    session.signedIn({ accessToken: 'second', expiresAt: inMinutes(10) });
    expect(terminate).toHaveBeenCalledTimes(1);
  });

  it('connects without a token once signed out, which the API refuses', async () => {
    session = new AuthSession({ fetchImpl: answering('unused') });
    createLiveConnection('ws://localhost/graphql', session);
    session.signOut('signedOut');
    expect(await params()).toEqual({});
  });
});
