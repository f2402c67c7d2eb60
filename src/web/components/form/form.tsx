import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { type FieldValues, FormProvider, type UseFormReturn, useFormState } from 'react-hook-form';
import { Button } from '../button.tsx';
import { FormErrorRegion } from '../form-error.tsx';
import { applyServerErrors, clientValidationError } from './server-errors.ts';

type FormMeta = {
  /** What went wrong on the last submit: the API's error or the client's own validation. */
  error: unknown;
  /** Names of the fields on screen, so the error region lists only the others. */
  shownFields: Set<string>;
};

const FormMetaContext = createContext<FormMeta | null>(null);

function useFormMeta(): FormMeta {
  const meta = useContext(FormMetaContext);
  if (!meta) throw new Error('form field outside <Form>');
  return meta;
}

/** A field says it is on screen; its error then shows beside it, not in the form's region. */
export function useShownField(name: string): void {
  const { shownFields } = useFormMeta();
  shownFields.add(name);
  useEffect(() => {
    shownFields.add(name);
    return () => {
      shownFields.delete(name);
    };
  }, [shownFields, name]);
}

type FormProps<TInput extends FieldValues, TOutput> = {
  form: UseFormReturn<TInput, unknown, TOutput>;
  /** Gets the parsed values; a thrown ApiError's field errors land on the fields. */
  onSubmit: (values: TOutput) => unknown;
  children: ReactNode;
  className?: string;
  'aria-label'?: string;
};

/**
 * One form: react-hook-form state shared with the fields, the browser's own validation off (the
 * schema's messages are translated and announced), and the server's problem+json mapped back.
 */
export function Form<TInput extends FieldValues, TOutput>({
  form,
  onSubmit,
  children,
  className = 'space-y-4',
  ...props
}: FormProps<TInput, TOutput>) {
  const [error, setError] = useState<unknown>(null);
  const shownFields = useRef(new Set<string>()).current;
  const meta = useMemo(() => ({ error, shownFields }), [error, shownFields]);
  const submit = form.handleSubmit(
    async (values) => {
      setError(null);
      try {
        await onSubmit(values);
      } catch (failure) {
        applyServerErrors(form as unknown as UseFormReturn<FieldValues>, failure, shownFields);
        setError(failure);
      }
    },
    (errors) => setError(clientValidationError(errors)),
  );
  return (
    <FormProvider {...form}>
      <FormMetaContext.Provider value={meta}>
        <form noValidate className={className} aria-label={props['aria-label']} onSubmit={submit}>
          {children}
        </form>
      </FormMetaContext.Provider>
    </FormProvider>
  );
}

/** The form's live region; place it where the message should appear. */
export function FormError() {
  const { error, shownFields } = useFormMeta();
  return <FormErrorRegion error={error} shownFields={[...shownFields]} />;
}

/** Submits the form; busy while the submit handler runs. */
export function SubmitButton({
  children,
  isDisabled,
  variant,
  className,
}: {
  children: ReactNode;
  isDisabled?: boolean;
  variant?: 'primary' | 'secondary' | 'danger';
  className?: string;
}) {
  const { isSubmitting } = useFormState();
  return (
    <Button type="submit" variant={variant} className={className} isBusy={isSubmitting} disabled={isDisabled}>
      {children}
    </Button>
  );
}
