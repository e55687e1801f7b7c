import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@doorbraak/server-core';
import type { MailContent } from './messages';

// SMTP through nodemailer when SMTP_URL is set; without it notifications stay in the app.
@Injectable()
export class MailerService implements OnApplicationShutdown {
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtp ? createTransport(config.smtp.url) : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  async send(to: { name: string; email: string }, content: MailContent): Promise<void> {
    if (!this.transport || !this.config.smtp) {
      throw new Error('no SMTP server configured');
    }
    await this.transport.sendMail({
      from: this.config.smtp.from,
      to: { name: to.name, address: to.email },
      subject: content.subject,
      text: content.text,
      html: content.html,
      headers: { 'Content-Language': 'nl' },
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
