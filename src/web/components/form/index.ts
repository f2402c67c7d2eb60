export { CheckboxField, CheckboxGroupField, SelectField, TextAreaField, TextField } from './fields.tsx';
export { Form, FormError, SubmitButton, useShownField } from './form.tsx';
export { toFieldError } from './server-errors.ts';
export { issueCode, useZodForm, type ZodForm } from './use-zod-form.ts';
// PersonPickerField is imported from './person-picker-field.tsx' itself: through this index it put the
// person search (and its schemas) in every form's bundle, the sign-in page's included.
