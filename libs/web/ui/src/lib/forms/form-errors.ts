import { get, useForm, type FieldErrors, type FieldPath, type FieldValues, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import type { ErrorSummaryItem } from '../components/error-summary.component';

/** The id of a field's control in a form: `<form>-<field>`, so a summary line can link to it. */
export const fieldId = (form: string, field: string): string => `${form}-${field.replace(/\./g, '-')}`;

const messageOf = <T extends FieldValues>(errors: FieldErrors<T>, field: string): string | undefined => {
  const message = (get(errors, field) as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message !== '' ? message : undefined;
};

/**
 * The lines of an error summary: each names its field by the label the field shows and links to
 * the field's control, in the order of `labels` (the form's order).
 */
export const errorSummaryItems = <T extends FieldValues, K extends FieldPath<T>>(
  form: string,
  errors: FieldErrors<T>,
  labels: Readonly<Record<K, string>>,
): ErrorSummaryItem[] =>
  (Object.keys(labels) as K[]).flatMap((field) => {
    const message = messageOf(errors, field);
    return message ? [{ field: fieldId(form, field), label: labels[field], message }] : [];
  });

/**
 * A form's labelled fields and its error summary from one list of labels: `field(name)` gives a
 * TextField, TextareaField or SelectField its id, label, registration and error; `summary` the
 * ErrorSummary's lines, which name the same labels.
 */
export const formFields = <T extends FieldValues, K extends FieldPath<T>>(
  form: Pick<UseFormReturn<T>, 'register' | 'formState'>,
  name: string,
  labels: Readonly<Record<K, string>>,
) => ({
  field: (field: K) => ({
    id: fieldId(name, field),
    label: labels[field],
    registration: form.register(field),
    error: messageOf(form.formState.errors, field),
  }),
  summary: errorSummaryItems(name, form.formState.errors, labels),
  register: form.register,
});

export type FormFields<T extends FieldValues, K extends FieldPath<T>> = ReturnType<typeof formFields<T, K>>;

/**
 * `useForm` for a form that shows an error summary: after a failed submit the summary takes the focus
 * (ErrorSummary). react-hook-form would focus the first invalid field, at once and again a moment later on
 * a timer, and which of the two ended with the focus depended on the machine's speed.
 */
export const useFormWithSummary = <T extends FieldValues, Context = unknown, Output = T>(
  options: UseFormProps<T, Context, Output> = {},
): UseFormReturn<T, Context, Output> => useForm<T, Context, Output>({ ...options, shouldFocusError: false });
