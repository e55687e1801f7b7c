import { pathOf, webUrlOf } from './notification-links';

const none = { link: null, meetingId: null, vastloperId: null, doorbraakId: null, actionItemId: null };

describe('where a notification leads', () => {
  it('follows the stored link first, then what it is about', () => {
    expect(pathOf({ ...none, link: '/vergaderingen/m/briefing', meetingId: 'm' })).toBe('/vergaderingen/m/briefing');
    expect(pathOf({ ...none, actionItemId: 'a', meetingId: 'm' })).toBe('/actiepunten/a');
    expect(pathOf({ ...none, vastloperId: 'v', meetingId: 'm' })).toBe('/vastlopers/v');
    expect(pathOf({ ...none, doorbraakId: 'd' })).toBe('/doorbraken/d');
    expect(pathOf({ ...none, meetingId: 'm' })).toBe('/vergaderingen/m');
    expect(pathOf(none)).toBe('/meldingen');
  });

  it('joins the web address without a double slash', () => {
    expect(webUrlOf('https://doorbraak.example.nl/', '/meldingen')).toBe('https://doorbraak.example.nl/meldingen');
    expect(webUrlOf('http://localhost:4200', '/meldingen')).toBe('http://localhost:4200/meldingen');
  });
});
