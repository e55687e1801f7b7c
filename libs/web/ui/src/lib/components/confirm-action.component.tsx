import { ActionGroup, Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type ConfirmActionProps = {
  label: string;
  question?: ReactNode;
  confirmLabel?: string;
  onConfirm: () => void;
  busy?: boolean;
  // A destructive action (the default) shows in the danger colour; one that only needs a second
  // thought (publishing, replacing an address) does not.
  danger?: boolean;
};

// An action that asks first, in place (no modal): the question takes focus, and cancelling returns
// focus to the button.
export const ConfirmAction = ({ label, question, confirmLabel, onConfirm, busy, danger = true }: ConfirmActionProps) => {
  const hint = danger ? 'danger' : undefined;
  const { t } = useTranslation('common');
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) {
      questionRef.current?.focus();
    } else if (wasAsking.current) {
      triggerRef.current?.focus();
    }
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <Button ref={triggerRef} appearance="secondary-action-button" hint={hint} onClick={() => setAsking(true)} disabled={busy}>
        {label}
      </Button>
    );
  }
  return (
    <div className="db-confirm" role="group" aria-label={label}>
      <Paragraph ref={questionRef} tabIndex={-1}>
        {question ?? t('confirm.question')}
      </Paragraph>
      <ActionGroup>
        <Button
          appearance="primary-action-button"
          hint={hint}
          busy={busy}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel ?? t('confirm.yes')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => setAsking(false)}>
          {t('confirm.cancel')}
        </Button>
      </ActionGroup>
    </div>
  );
};
