import { zodResolver } from '@hookform/resolvers/zod';
import { type FieldValues, type UseFormProps, type UseFormReturn, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type * as core from 'zod/v4/core';

type Issue = {
  code?: string;
  origin?: string;
  minimum?: unknown;
  input?: unknown;
  format?: string;
  message?: string;
};

/**
 * A field error's message is the code the catalogue translates (fieldErrors.<code>), as the API's
 * problem+json gives it, so client and server errors show the same words. A schema may name the code
 * itself (`.min(1, 'required')`); otherwise it follows from the zod issue.
 */
export function issueCode(issue: Issue): string {
  if (issue.input === undefined || issue.input === null) return 'required';
  if (issue.code === 'too_small')
    return issue.origin === 'string' && issue.minimum === 1
      ? 'required'
      : issue.origin === 'array'
        ? 'chooseOne'
        : 'tooShort';
  if (issue.code === 'too_big') return 'tooLong';
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'email';
  return 'invalid';
}

/** A zod schema of either flavour: classic, or Zod Mini where bytes matter (the sign-in page). */
type FormSchema = core.$ZodType<FieldValues, FieldValues>;

export type ZodForm<S extends FormSchema> = UseFormReturn<z.input<S>, unknown, z.output<S>>;

/** react-hook-form validated by a zod schema; submit handlers receive the schema's parsed output. */
export function useZodForm<S extends FormSchema>(
  schema: S,
  options: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, 'resolver'> = {},
): ZodForm<S> {
  return useForm<z.input<S>, unknown, z.output<S>>({
    // Zod 4's per-parse error map applies only where the schema names no message of its own.
    resolver: zodResolver(schema, { error: issueCode }),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    ...options,
  });
}
