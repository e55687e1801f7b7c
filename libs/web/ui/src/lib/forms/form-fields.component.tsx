import {
  FormFieldCheckboxOption,
  FormFieldSelect,
  FormFieldTextarea,
  FormFieldTextInput,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

// Design-system form fields bound to react-hook-form: the error message sits beside its field,
// and the input is marked invalid for assistive technology.
type FieldBase = {
  label: ReactNode;
  registration: UseFormRegisterReturn;
  error?: string;
  description?: string;
  required?: boolean;
};

export type TextFieldProps = FieldBase & {
  type?: 'text' | 'email' | 'password' | 'date' | 'datetime-local' | 'search';
  autoComplete?: string;
};

export const TextField = ({ label, registration, error, description, required, type = 'text', autoComplete }: TextFieldProps) => {
  const { ref, ...rest } = registration;
  return (
    <FormFieldTextInput
      label={label}
      description={description}
      errorMessage={error}
      invalid={Boolean(error)}
      required={required}
      type={type}
      autoComplete={autoComplete}
      inputRef={ref}
      {...rest}
    />
  );
};

export const TextareaField = ({ label, registration, error, description, required }: FieldBase) => {
  const { ref, ...rest } = registration;
  return (
    <FormFieldTextarea
      label={label}
      description={description}
      errorMessage={error}
      invalid={Boolean(error)}
      required={required}
      inputRef={ref}
      {...rest}
    />
  );
};

export type SelectFieldProps = FieldBase & {
  options: readonly { value: string; label: string }[];
  // A first option without a value ("— choose —"), when the field may stay empty.
  emptyLabel?: string;
};

export const SelectField = ({ label, registration, error, description, required, options, emptyLabel }: SelectFieldProps) => {
  const { ref, ...rest } = registration;
  return (
    <FormFieldSelect
      label={label}
      description={description}
      errorMessage={error}
      invalid={Boolean(error)}
      required={required}
      selectRef={ref}
      {...rest}
    >
      {emptyLabel !== undefined ? <SelectOption value="">{emptyLabel}</SelectOption> : null}
      {options.map((option) => (
        <SelectOption key={option.value} value={option.value}>
          {option.label}
        </SelectOption>
      ))}
    </FormFieldSelect>
  );
};

export const CheckboxField = ({ label, registration, description }: Omit<FieldBase, 'error' | 'required'>) => {
  const { ref, ...rest } = registration;
  return <FormFieldCheckboxOption label={label} description={description} inputRef={ref} {...rest} />;
};
