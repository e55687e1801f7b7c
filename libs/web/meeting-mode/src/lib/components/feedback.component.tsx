import { Alert, Paragraph } from '@doorbraak/web-ui';
import type { Feedback } from '../hooks/use-feedback';

// A polite live region that is always there, so the outcome of a command is announced.
export const FeedbackMessage = ({ feedback }: { feedback: Feedback }) => (
  <div role="status" aria-live="polite">
    {feedback ? (
      <Alert type={feedback.ok ? 'ok' : 'error'}>
        <Paragraph>{feedback.text}</Paragraph>
      </Alert>
    ) : null}
  </div>
);
