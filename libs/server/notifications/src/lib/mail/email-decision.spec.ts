import { emailDecision, type EmailFacts } from './email-decision';

const now = new Date('2026-03-10T10:00:00Z');
const facts = (overrides: Partial<EmailFacts> = {}): EmailFacts => ({
  delivery: 'IMMEDIATELY',
  smtpConfigured: true,
  recipientActive: true,
  read: false,
  createdAt: new Date('2026-03-10T09:59:00Z'),
  now,
  ...overrides,
});

describe('whether a notification is mailed', () => {
  it('mails at once when the person wants it at once', () => {
    expect(emailDecision(facts())).toBe('SEND');
  });

  it('keeps it for the daily digest when the person chose that', () => {
    expect(emailDecision(facts({ delivery: 'DAILY_DIGEST' }))).toBe('DIGEST');
    expect(emailDecision(facts({ delivery: 'DAILY_DIGEST', read: true }))).toBe('DIGEST');
  });

  it('does not mail when the person turned the kind off, is inactive, or there is no mail server', () => {
    expect(emailDecision(facts({ delivery: 'OFF' }))).toBe('SKIP');
    expect(emailDecision(facts({ recipientActive: false }))).toBe('SKIP');
    expect(emailDecision(facts({ smtpConfigured: false }))).toBe('SKIP');
  });

  it('does not mail what was already read in the app, or is more than a day old', () => {
    expect(emailDecision(facts({ read: true }))).toBe('SKIP');
    expect(emailDecision(facts({ createdAt: new Date('2026-03-09T09:00:00Z') }))).toBe('SKIP');
  });
});
