import {
  FormField,
  FormFieldCheckboxOption,
  SelectOption,
  Textarea,
  TextInput,
} from '@rijkshuisstijl-community/components-react';
import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

// Design-system form fields bound to react-hook-form: the label (with a visible asterisk when the
// field is required), the description and the error message sit beside their control, which is
// described by them and marked invalid and required for assistive technology. The control's id is
// the caller's when given, so that an error summary can link to it (see form-errors.ts).
type FieldBase = {
  label: ReactNode;
  registration: UseFormRegisterReturn;
  id?: string;
  error?: string;
  description?: string;
  required?: boolean;
};

type FieldIds = { id: string; descriptionId: string; errorMessageId: string; statusId: string; describedBy: string | undefined };

const useFieldIds = ({ id, description, error }: Pick<FieldBase, 'id' | 'description' | 'error'>): FieldIds => {
  const generated = useId();
  const control = id ?? generated;
  const descriptionId = `${control}-description`;
  const errorMessageId = `${control}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorMessageId : null].filter(Boolean).join(' ') || undefined;
  return { id: control, descriptionId, errorMessageId, statusId: `${control}-status`, describedBy };
};

// The label, its asterisk (hidden from screen readers: the control itself says it is required), the
// description and the error; the control goes in `input`.
const Field = ({ label, description, error, required, ids, input }: Omit<FieldBase, 'registration' | 'id'> & { ids: FieldIds; input: ReactNode }) => (
  <FormField
    id={ids.id}
    label={
      <>
        {label}
        {required ? (
          <span className="db-required" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </>
    }
    description={
      description ? (
        <div className="utrecht-form-field-description" id={ids.descriptionId}>
          {description}
        </div>
      ) : undefined
    }
    errorMessage={error}
    invalid={Boolean(error)}
    descriptionId={ids.descriptionId}
    errorMessageId={ids.errorMessageId}
    statusId={ids.statusId}
    input={input}
  />
);

export type TextFieldProps = FieldBase & {
  type?: 'text' | 'email' | 'password' | 'date' | 'time' | 'datetime-local' | 'search' | 'url';
  autoComplete?: string;
};

export const TextField = ({ registration, type = 'text', autoComplete, ...field }: TextFieldProps) => {
  const ids = useFieldIds(field);
  const { ref, ...rest } = registration;
  return (
    <Field
      {...field}
      ids={ids}
      input={
        <TextInput
          id={ids.id}
          type={type}
          autoComplete={autoComplete}
          invalid={Boolean(field.error)}
          required={field.required}
          aria-describedby={ids.describedBy}
          ref={ref}
          {...rest}
        />
      }
    />
  );
};

export const TextareaField = ({ registration, ...field }: FieldBase) => {
  const ids = useFieldIds(field);
  const { ref, ...rest } = registration;
  return (
    <Field
      {...field}
      ids={ids}
      input={<Textarea id={ids.id} invalid={Boolean(field.error)} required={field.required} aria-describedby={ids.describedBy} ref={ref} {...rest} />}
    />
  );
};

export type SelectFieldProps = FieldBase & {
  options: readonly { value: string; label: string }[];
  // A first option without a value ("— choose —"), when the field may stay empty.
  emptyLabel?: string;
};

export const SelectField = ({ registration, options, emptyLabel, ...field }: SelectFieldProps) => {
  const ids = useFieldIds(field);
  const { ref, ...rest } = registration;
  const invalid = Boolean(field.error);
  const className = ['utrecht-select', 'utrecht-select--html-select', invalid ? 'utrecht-select--invalid' : null, field.required ? 'utrecht-select--required' : null]
    .filter(Boolean)
    .join(' ');
  return (
    <Field
      {...field}
      ids={ids}
      input={
        // The design system exports no bare select; this is its markup, with the id ours.
        <select
          id={ids.id}
          className={className}
          aria-invalid={invalid || undefined}
          aria-required={field.required || undefined}
          aria-describedby={ids.describedBy}
          ref={ref}
          {...rest}
        >
          {emptyLabel !== undefined ? <SelectOption value="">{emptyLabel}</SelectOption> : null}
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </select>
      }
    />
  );
};

export const CheckboxField = ({ label, registration, description }: Omit<FieldBase, 'error' | 'required' | 'id'>) => {
  const { ref, ...rest } = registration;
  return <FormFieldCheckboxOption label={label} description={description} inputRef={ref} {...rest} />;
};
