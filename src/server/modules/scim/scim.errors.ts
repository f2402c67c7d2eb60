import { AppError } from '../../http/errors.ts';
import { errorSchema } from './scim.presenter.ts';

/** An error in SCIM's own format (RFC 7644 §3.12): status, scimType and a detail. */
export class ScimError extends Error {
  readonly status: number;
  readonly scimType: string | undefined;
  constructor(status: number, detail: string, scimType?: string) {
    super(detail);
    this.status = status;
    this.scimType = scimType;
  }
}

export const scimBody = (status: number, detail: string, scimType?: string) => ({
  schemas: [errorSchema],
  status: String(status),
  ...(scimType ? { scimType } : {}),
  detail,
});

/** What the people module refuses, said the SCIM way: a taken e-mail is `uniqueness`, the rest `invalidValue`. */
export function toScimError(error: unknown): ScimError | undefined {
  if (error instanceof ScimError) return error;
  if (!(error instanceof AppError)) return undefined;
  if (error.code === 'validation_failed') {
    const taken = error.errors?.some((e) => e.code === 'taken');
    return new ScimError(taken ? 409 : 400, error.message, taken ? 'uniqueness' : 'invalidValue');
  }
  if (error.code === 'not_found') return new ScimError(404, error.message);
  if (error.code === 'forbidden') return new ScimError(403, error.message);
  if (error.code === 'conflict') return new ScimError(409, error.message);
  if (error.code === 'body_too_large') return new ScimError(413, error.message);
  return undefined;
}
