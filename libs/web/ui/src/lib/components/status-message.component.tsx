import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef } from 'react';

// `focus`: the control that led to the outcome is gone (a section that closed with it), so the outcome takes the
// keyboard focus instead of the page.
export type StatusMessageValue = { ok: boolean; text: string; focus?: boolean } | null;

// The outcome of an action, in a live region that is always there so screen readers announce it.
export const StatusMessage = ({ message }: { message: StatusMessageValue }) => {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message?.focus) region.current?.focus();
  }, [message]);
  return (
    <div role="status" aria-live="polite" className="db-status-message" ref={region} tabIndex={message?.focus ? -1 : undefined}>
      {message ? (
        <Alert type={message.ok ? 'ok' : 'error'}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
};
