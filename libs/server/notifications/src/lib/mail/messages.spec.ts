import { digestMail, singleMail } from './messages';

const notification = {
  kind: 'AGENDA_PUBLISHED' as const,
  message: 'De agenda van de Alliantietafel <NPRZ> op donderdag 2 april 2026 om 14:00 is gepubliceerd.',
  path: '/vergaderingen/m1',
  createdAt: new Date('2026-03-26T09:00:00Z'),
};

describe('notification e-mails', () => {
  it('are written in Dutch with a link into the web app', () => {
    const mail = singleMail('Fatima el Amrani', notification, 'https://doorbraak.example.nl');
    expect(mail.subject).toBe(`[Doorbraak] Agenda: ${notification.message}`);
    expect(mail.text).toContain('Beste Fatima el Amrani,');
    expect(mail.text).toContain('Bekijk het in Doorbraak: https://doorbraak.example.nl/vergaderingen/m1');
    expect(mail.text).toContain('https://doorbraak.example.nl/meldingen/voorkeuren');
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain('&lt;NPRZ&gt;');
    expect(mail.html).not.toContain('<NPRZ>');
  });

  it('shorten long messages in the subject', () => {
    const subject = singleMail('A', { ...notification, message: 'Lang '.repeat(40) }, 'http://localhost:4200').subject;
    expect(subject).toBe(`[Doorbraak] Agenda: ${'Lang '.repeat(18).slice(0, 89)}…`);
  });

  it('gather a day of notifications into one digest', () => {
    const mail = digestMail('Jan', [notification, { ...notification, kind: 'ESCALATED', message: 'Geëscaleerd naar de alliantietafel.' }], 'http://localhost:4200');
    expect(mail.subject).toBe('[Doorbraak] Dagelijkse samenvatting: 2 meldingen');
    expect(mail.text).toContain('zijn er 2 meldingen');
    expect(mail.text).toContain('- Geëscaleerd (donderdag 26 maart 2026 om 10:00): Geëscaleerd naar de alliantietafel.');
    expect(digestMail('Jan', [notification], 'http://localhost:4200').subject).toBe('[Doorbraak] Dagelijkse samenvatting: 1 melding');
  });
});
