import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';

export type StatusMessageValue = { ok: boolean; text: string } | null;

// The outcome of an action, in a live region that is always there so screen readers announce it.
export const StatusMessage = ({ message }: { message: StatusMessageValue }) => (
  <div role="status" aria-live="polite">
    {message ? (
      <Alert type={message.ok ? 'ok' : 'error'}>
        <Paragraph>{message.text}</Paragraph>
      </Alert>
    ) : null}
  </div>
);
