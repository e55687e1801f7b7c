import { formatDutchDayAndTime, type NotificationKind } from '@doorbraak/domain';
import { WEB_PATHS, webUrlOf } from '../notification-links';

export const KIND_LABELS: Readonly<Record<NotificationKind, string>> = {
  ESCALATED: 'Geëscaleerd',
  EARLY_WARNING: 'Dreigt vast te lopen',
  OVERDUE: 'Te lang zonder voortgang',
  TO_SCHEDULE: 'Te agenderen',
  AGENDA_PUBLISHED: 'Agenda',
  ACTION_ITEM_REMINDER: 'Herinnering actiepunt',
  STATUS_REQUEST: 'Verzoek om voortgang',
  BRIEFING_READY: 'Briefing',
  ESCALATION_FAILED: 'Escalatie mislukt',
  ROLE_GRANTED: 'Nieuwe rol',
  DOSSIER_UPDATE: 'Landelijk dossier',
  ANSWER_OVERDUE: 'Ministerie te laat',
};

export type MailContent = { readonly subject: string; readonly text: string; readonly html: string };

export type MailNotification = {
  readonly kind: NotificationKind;
  readonly message: string;
  readonly path: string;
  readonly createdAt: Date;
};

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const shorten = (text: string, max: number): string => {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
};

const page = (body: string): string =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Doorbraak</title></head>` +
  `<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a">${body}</body></html>`;

const footerText = (webUrl: string, why: string): string =>
  `—\n${why} U kunt dit wijzigen onder Meldingen in Doorbraak: ${webUrlOf(webUrl, WEB_PATHS.preferences())}`;

// One notification, mailed at once.
export const singleMail = (recipientName: string, notification: MailNotification, webUrl: string): MailContent => {
  const label = KIND_LABELS[notification.kind];
  const url = webUrlOf(webUrl, notification.path);
  const why = `U krijgt dit bericht omdat u meldingen "${label}" direct per e-mail ontvangt.`;
  return {
    subject: `[Doorbraak] ${label}: ${shorten(notification.message, 90)}`,
    text: [`Beste ${recipientName},`, '', notification.message, '', `Bekijk het in Doorbraak: ${url}`, '', footerText(webUrl, why)].join('\n'),
    html: page(
      `<p>Beste ${escapeHtml(recipientName)},</p><p>${escapeHtml(notification.message)}</p>` +
        `<p><a href="${escapeHtml(url)}">Bekijk het in Doorbraak</a></p>` +
        `<p style="color:#555;font-size:12px">${escapeHtml(why)} ` +
        `<a href="${escapeHtml(webUrlOf(webUrl, WEB_PATHS.preferences()))}">Meldingsvoorkeuren</a></p>`,
    ),
  };
};

// Everything a person chose to receive once a day, oldest first.
export const digestMail = (recipientName: string, notifications: readonly MailNotification[], webUrl: string): MailContent => {
  const count = notifications.length;
  const why = 'U krijgt deze samenvatting omdat u voor een of meer soorten meldingen de dagelijkse samenvatting hebt gekozen.';
  const lines = notifications.map(
    (notification) =>
      `- ${KIND_LABELS[notification.kind]} (${formatDutchDayAndTime(notification.createdAt)}): ${notification.message}\n  ${webUrlOf(webUrl, notification.path)}`,
  );
  return {
    subject: `[Doorbraak] Dagelijkse samenvatting: ${count} ${count === 1 ? 'melding' : 'meldingen'}`,
    text: [`Beste ${recipientName},`, '', `Sinds de vorige samenvatting ${count === 1 ? 'is er 1 melding' : `zijn er ${count} meldingen`}:`, '', ...lines, '', footerText(webUrl, why)].join('\n'),
    html: page(
      `<p>Beste ${escapeHtml(recipientName)},</p><ul>` +
        notifications
          .map(
            (notification) =>
              `<li><strong>${escapeHtml(KIND_LABELS[notification.kind])}</strong> ` +
              `(${escapeHtml(formatDutchDayAndTime(notification.createdAt))}): ${escapeHtml(notification.message)} ` +
              `<a href="${escapeHtml(webUrlOf(webUrl, notification.path))}">Bekijken</a></li>`,
          )
          .join('') +
        `</ul><p style="color:#555;font-size:12px">${escapeHtml(why)}</p>`,
    ),
  };
};
