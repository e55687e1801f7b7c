import { Alert, Heading, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// `field` is the id of the field's control (the link's target); `label` the field's label, which
// the line names (errorSummaryItems builds these from a form's errors and labels).
export type ErrorSummaryItem = { field: string; message: string; label?: string };

export type ErrorSummaryProps = {
  errors: readonly ErrorSummaryItem[];
  // Changes with each failed submit, so focus moves to the summary again.
  submitCount: number;
  // What choosing a line does; by default it focuses the control with the id `field`.
  onSelect?: (field: string) => void;
};

const focusControl = (id: string) => {
  const control = document.getElementById(id);
  control?.scrollIntoView({ block: 'center' });
  control?.focus();
};

// After a failed submit: every error, each a link to its field; the summary takes focus.
export const ErrorSummary = ({ errors, submitCount, onSelect = focusControl }: ErrorSummaryProps) => {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors.length > 0) {
      ref.current?.focus();
    }
    // Only a new submit moves focus, not every keystroke that changes the errors.
  }, [submitCount, errors.length]);

  if (errors.length === 0) {
    return null;
  }
  return (
    <div ref={ref} tabIndex={-1} className="db-error-summary" aria-labelledby="error-summary-title">
      <Alert type="error">
        <Heading level={2} appearanceLevel={4} id="error-summary-title">
          {t('form.summaryTitle')}
        </Heading>
        <UnorderedList>
          {errors.map((error) => (
            <UnorderedListItem key={error.field}>
              <a
                href={`#${error.field}`}
                onClick={(event) => {
                  event.preventDefault();
                  onSelect(error.field);
                }}
              >
                {error.label ? t('form.summaryLine', { label: error.label, message: error.message }) : error.message}
              </a>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
};
