import { ActionGroup, Alert, Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from './error-summary.component';

// What went wrong on the server, announced: "<title>. <message>".
export const FailureAlert = ({ title, message }: { title?: string; message: string | null }) =>
  message ? (
    <div role="alert" className="db-form-failure">
      <Alert type="error">
        <Paragraph>
          {title ? <strong>{title}. </strong> : null}
          {message}
        </Paragraph>
      </Alert>
    </div>
  ) : null;

export type FormButtonsProps = {
  submitLabel: string;
  busy?: boolean;
  // A second button that leaves the form without saving.
  cancelLabel?: string;
  onCancel?: () => void;
};

// The submit button (busy while saving) and, when there is one, the cancel button.
export const FormButtons = ({ submitLabel, busy = false, cancelLabel, onCancel }: FormButtonsProps) => (
  <ActionGroup>
    <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
      {submitLabel}
    </Button>
    {onCancel ? (
      <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
        {cancelLabel}
      </Button>
    ) : null}
  </ActionGroup>
);

export type FormShellProps = FormButtonsProps & {
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void> | void;
  // The summary of the field errors (formFields(...).summary) and the form's submit count.
  summary: readonly ErrorSummaryItem[];
  submitCount: number;
  failure?: { title?: string; message: string | null };
  intro?: ReactNode;
  // The id of what describes the whole form (an intro's paragraph).
  describedBy?: string;
  children: ReactNode;
};

// A form as every screen has it: the server's refusal, the error summary, the fields, the buttons.
export const FormShell = ({ onSubmit, summary, submitCount, failure, intro, describedBy, children, ...buttons }: FormShellProps) => (
  <>
    {failure ? <FailureAlert {...failure} /> : null}
    <ErrorSummary errors={summary} submitCount={submitCount} />
    <form className="db-form" noValidate aria-describedby={describedBy} onSubmit={(event) => void onSubmit(event)}>
      {intro}
      {children}
      <FormButtons {...buttons} />
    </form>
  </>
);
