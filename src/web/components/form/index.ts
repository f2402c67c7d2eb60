export { CheckboxField, CheckboxGroupField, SelectField, TextAreaField, TextField } from './fields.tsx';
export { Form, FormError, SubmitButton, useShownField } from './form.tsx';
export { PersonPickerField } from './person-picker-field.tsx';
export { toFieldError } from './server-errors.ts';
export { issueCode, useZodForm, type ZodForm } from './use-zod-form.ts';
