import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, signIn, type TestDatabase } from '@doorbraak/server-testing';
import { startTestApi, type TestApi } from './testing/test-api';

type ReceivedMail = { from: string; to: string[]; raw: string };

const INVITE = 'mutation ($input: InvitePersonInput!) { invitePerson(input: $input) { url expiresAt emailSent } }';

// Quoted-printable soft line breaks and escapes, enough to read a plain-text mail.
const decodeQuotedPrintable = (text: string): string =>
  Buffer.from(text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');

describe('the invitation e-mail, through a local SMTP server', () => {
  let db: TestDatabase;
  let api: TestApi;
  let smtp: SMTPServer;
  let port: number;
  let allianceId: string;
  const received: ReceivedMail[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;

    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    [{ id: allianceId }] = await db.dataSource.query(`SELECT id FROM alliance WHERE slug = 'heerlen-noord'`);
    api = await startTestApi(db.appUrl, {
      config: { smtp: { url: `smtp://127.0.0.1:${port}`, from: 'Doorbraak <noreply@doorbraak.nl>' } },
    });
  });

  afterAll(async () => {
    await api?.app.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    await db?.drop();
  });

  it('sends the single-use link to the invitee, and still shows it to the inviter', async () => {
    const { token } = await signIn(api.url, 'programmadirecteur.heerlen-noord@demo.doorbraak.nl');
    const { invitePerson } = await graphqlData<{ invitePerson: { url: string; emailSent: boolean } }>(
      api.url,
      INVITE,
      { input: { email: 'Nieuwe.Burgemeester@Heerlen.nl', name: 'Nieuwe Burgemeester', allianceId, role: 'MAYOR' } },
      { token },
    );
    expect(invitePerson.emailSent).toBe(true);
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail.from).toBe('noreply@doorbraak.nl');
    expect(mail.to).toEqual(['nieuwe.burgemeester@heerlen.nl']);
    const body = decodeQuotedPrintable(mail.raw);
    expect(body).toMatch(/^Subject: Uitnodiging voor Doorbraak$/m);
    expect(body).toContain('Beste Nieuwe Burgemeester,');
    expect(body).toContain('als burgemeester bij');
    expect(body).toContain(invitePerson.url);
  });

  it('keeps the invitation when the mail server is gone, and says the mail was not sent', async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    const { token } = await signIn(api.url, 'admin@demo.doorbraak.nl');
    const { invitePerson } = await graphqlData<{ invitePerson: { url: string; emailSent: boolean } }>(
      api.url,
      INVITE,
      { input: { email: 'coordinator2@example.nl', name: 'Tweede Coördinator', allianceId: null, role: 'NATIONAL_COORDINATOR' } },
      { token },
    );
    expect(invitePerson.emailSent).toBe(false);
    expect(new URL(invitePerson.url).searchParams.get('token')).toBeTruthy();
    const [{ count }]: { count: string }[] = await db.dataSource.query(`SELECT count(*) FROM invitation WHERE email = 'coordinator2@example.nl'`);
    expect(Number(count)).toBe(1);
  });
});
