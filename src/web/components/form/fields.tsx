import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { useController, useFormContext, useFormState } from 'react-hook-form';
import { CheckboxGroup } from '../checkbox-group.tsx';
import { Checkbox, SelectField as PlainSelectField, TextField as PlainTextField } from '../field.tsx';
import { TextArea, type TextAreaProps } from '../text-area.tsx';
import { useShownField } from './form.tsx';
import { toFieldError } from './server-errors.ts';

type Common = { name: string; label: string; hint?: string };

/** The registered field's props plus its error, for the shared field components. */
function useField(name: string, options: { asNumber?: boolean } = {}) {
  const { register, getFieldState } = useFormContext();
  const formState = useFormState({ name });
  useShownField(name);
  const registration = register(
    name,
    options.asNumber
      ? { setValueAs: (value: unknown) => (value === '' || value == null ? null : Number(value)) }
      : {},
  );
  return { registration, error: toFieldError(name, getFieldState(name, formState).error) };
}

export function TextField({
  name,
  type,
  ...props
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>) {
  const { registration, error } = useField(name, { asNumber: type === 'number' });
  return <PlainTextField type={type} {...props} {...registration} error={error} />;
}

export function TextAreaField({ name, ...props }: Common & Omit<TextAreaProps, 'name' | 'error'>) {
  const { registration, error } = useField(name);
  return <TextArea {...props} {...registration} error={error} />;
}

export function SelectField({
  name,
  children,
  ...props
}: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'> & { children: ReactNode }) {
  const { registration, error } = useField(name);
  return (
    <PlainSelectField {...props} {...registration} error={error}>
      {children}
    </PlainSelectField>
  );
}

export function CheckboxField({
  name,
  ...props
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'type'>) {
  const { registration } = useField(name);
  return <Checkbox {...props} {...registration} />;
}

/** Checkboxes under one legend whose value is the list of checked options. */
export function CheckboxGroupField({
  name,
  legend,
  options,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
}) {
  const { field, fieldState } = useController({ name });
  useShownField(name);
  return (
    <CheckboxGroup
      legend={legend}
      options={options}
      selected={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      error={toFieldError(name, fieldState.error)}
    />
  );
}
