import { AppError, type FieldError } from '../../http/errors.ts';

/** One 400 naming every field at fault. */
export function rejectFields(errors: FieldError[]): never {
  throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
    errors,
  });
}
