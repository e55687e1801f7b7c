import { WEB_PATHS } from '@doorbraak/domain';
import { matchRoutes } from 'react-router';
import { routes } from './routes';

// Notifications and e-mails link to WEB_PATHS: each must lead to a screen of its own, not to "page not found".
describe('the web paths that notifications and e-mails link to', () => {
  const id = '0b5d7c52-5a4e-4f0e-9a57-1f6a8d3c2e10';
  it.each(Object.entries(WEB_PATHS))('%s has a route', (_name, path) => {
    const matches = matchRoutes(routes, path(id)) ?? [];
    expect(matches.at(-1)?.route.path).toBeDefined();
    expect(matches.at(-1)?.route.path).not.toBe('*');
  });

  it('tells an unknown path apart (the check can fail)', () => {
    expect(matchRoutes(routes, '/bestaat-niet')?.at(-1)?.route.path).toBe('*');
  });
});
