import type { INestApplicationContext } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { QUEUES } from '@doorbraak/server-core';
import { NotificationsJobsModule } from '@doorbraak/server-notifications';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, obliterateQueues, signIn, startTestApi, startTestWorker, testConfig, waitFor, type TestApi, type TestDatabase } from '@doorbraak/server-testing';

type ReceivedMail = { from: string; to: string[]; raw: string };

const INVITE = 'mutation ($input: InvitePersonInput!) { invitePerson(input: $input) { url expiresAt emailSent } }';

// Quoted-printable soft line breaks and escapes, enough to read a plain-text mail.
const decodeQuotedPrintable = (text: string): string =>
  Buffer.from(text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');

describe('the invitation e-mail, through a local SMTP server', () => {
  let db: TestDatabase;
  let api: TestApi;
  // The worker mails notifications; the API only queues them.
  let worker: INestApplicationContext;
  let smtp: SMTPServer;
  let port: number;
  let allianceId: string;
  const received: ReceivedMail[] = [];
  const mailsTo = (address: string): string[] => received.filter((mail) => mail.to.includes(address)).map((mail) => decodeQuotedPrintable(mail.raw));

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
    const smtpConfig = { url: `smtp://127.0.0.1:${port}`, from: 'Doorbraak <noreply@doorbraak.nl>' };
    await obliterateQueues([QUEUES.notifications]);
    api = await startTestApi(db.appUrl, { config: { smtp: smtpConfig } });
    worker = await startTestWorker(testConfig({ databaseUrl: db.appUrl, smtp: smtpConfig }), [NotificationsJobsModule]);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
    await obliterateQueues([QUEUES.notifications]);
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
    const mails = received.filter((mail) => mail.to.includes('nieuwe.burgemeester@heerlen.nl'));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.from).toBe('noreply@doorbraak.nl');
    expect(mail.to).toEqual(['nieuwe.burgemeester@heerlen.nl']);
    const body = decodeQuotedPrintable(mail.raw);
    expect(body).toMatch(/^Subject: Uitnodiging voor Doorbraak$/m);
    expect(body).toContain('Beste Nieuwe Burgemeester,');
    expect(body).toContain('als burgemeester bij');
    expect(body).toContain(invitePerson.url);
  });

  it('tells a person with an account of a new role in one e-mail, the notification with its link', async () => {
    // A partner of another alliance, who has signed in before: no link, the role is added to the account.
    const address = 'partner.rotterdam-zuid@demo.doorbraak.nl';
    const [{ id: personId }]: { id: string }[] = await db.dataSource.query(`SELECT id FROM person WHERE email = $1`, [address]);
    const { token } = await signIn(api.url, 'programmadirecteur.heerlen-noord@demo.doorbraak.nl');
    const { invitePerson } = await graphqlData<{ invitePerson: { url: string | null; emailSent: boolean; addedToExistingAccount: boolean } }>(
      api.url,
      'mutation ($input: InvitePersonInput!) { invitePerson(input: $input) { url emailSent addedToExistingAccount } }',
      { input: { email: address, name: 'Partner Rotterdam', allianceId, role: 'PARTNER_MEMBER' } },
      { token },
    );
    // No mail of its own: the notification's is the one.
    expect(invitePerson).toEqual({ url: null, emailSent: false, addedToExistingAccount: true });

    await waitFor('the new role notification to be mailed', async () => {
      const rows: { email_state: string }[] = await db.dataSource.query(`SELECT email_state FROM notification WHERE recipient_id = $1 AND kind = 'ROLE_GRANTED'`, [
        personId,
      ]);
      return rows.length === 1 && rows[0].email_state === 'SENT';
    });
    // Whatever else was on its way has arrived by now: the mail server accepted the notification's mail.
    const mails = mailsTo(address);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatch(/^Subject: \[Doorbraak\] Nieuwe rol: /m);
    expect(mails[0]).toContain('toegevoegd als partner bij');
    expect(mails[0]).toContain('http://localhost:4200/allianties/');
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
