import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { Role } from '@doorbraak/domain';
import { APP_CONFIG, type AppConfig } from '@doorbraak/server-core';

export type InvitationMail = {
  to: string;
  name: string;
  role: Role;
  allianceName: string | null;
  url: string;
  expiresAt: Date;
};

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  PROGRAMME_DIRECTOR: 'programmadirecteur',
  BUREAU_MEMBER: 'medewerker van het programmabureau',
  MAYOR: 'burgemeester',
  PARTNER_MEMBER: 'partner',
  RIJKSVERTEGENWOORDIGER: 'rijksvertegenwoordiger',
  NATIONAL_COORDINATOR: 'nationaal coördinator',
  ADMIN: 'beheerder',
};

// Sends the invitation link when SMTP is configured (SMTP_URL). nodemailer directly, for now: the
// notifications module's mail service can take this over once it exists.
@Injectable()
export class InvitationMailer implements OnModuleDestroy {
  private readonly logger = new Logger(InvitationMailer.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // Short timeouts: the inviter waits for this inside the invitePerson mutation.
    this.transport = config.smtp
      ? createTransport({ url: config.smtp.url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 })
      : null;
  }

  // True when the mail server accepted the message. A failure does not undo the invitation: the
  // inviter has the link and can pass it on.
  send(mail: InvitationMail): Promise<boolean> {
    const where = mail.allianceName ? ` bij ${mail.allianceName}` : '';
    const until = mail.expiresAt.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' });
    return this.deliver(mail.to, mail.name, 'Uitnodiging voor Doorbraak', [
      `Beste ${mail.name},`,
      '',
      `U bent uitgenodigd voor Doorbraak als ${ROLE_NAMES[mail.role]}${where}.`,
      'Kies via deze link een wachtwoord om te beginnen:',
      '',
      mail.url,
      '',
      `De link werkt één keer en is geldig tot ${until}.`,
    ]);
  }

  private async deliver(to: string, name: string, subject: string, lines: readonly string[]): Promise<boolean> {
    if (!this.transport || !this.config.smtp) {
      return false;
    }
    try {
      await this.transport.sendMail({ from: this.config.smtp.from, to: { name, address: to }, subject, text: lines.join('\n') });
      return true;
    } catch (error) {
      this.logger.warn(`The mail "${subject}" to ${to} was not sent: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
