export type FieldError = { field: string; message: string; code?: string };
export type Problem = {
  status: number;
  code: string;
  detail?: string;
  errors?: FieldError[];
  /** Seconds to wait before trying again (a throttled sign-in). */
  retryAfter?: number;
  /** What some problems add: file_too_complex names the `limit` it hit and its `max`. */
  limit?: string;
  max?: number;
  /** sso_required names the organisation and its identity provider's button. */
  organisationSlug?: string;
  idpName?: string;
};

/** An API answer that was not OK, as RFC 9457 problem+json: a stable code plus field errors. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: FieldError[];
  readonly retryAfter: number | undefined;
  /** The limit a file_too_complex answer names, and its value. */
  readonly limit: { name: string; max: number } | null;
  /** Where an sso_required answer sends people instead of a password. */
  readonly sso: { organisationSlug: string; idpName: string } | null;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.code);
    this.status = problem.status;
    this.code = problem.code;
    this.fieldErrors = problem.errors ?? [];
    this.retryAfter = problem.retryAfter;
    this.limit =
      typeof problem.limit === 'string' && typeof problem.max === 'number'
        ? { name: problem.limit, max: problem.max }
        : null;
    this.sso =
      problem.organisationSlug && problem.idpName
        ? { organisationSlug: problem.organisationSlug, idpName: problem.idpName }
        : null;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** Each field error carries a stable code; its message lives in the catalogue as fieldErrors.<code>. */
export function fieldErrorKey(error: FieldError): string {
  const code = error.code ?? 'invalid';
  if (code === 'tooShort' && /password/i.test(error.field)) return 'fieldErrors.passwordTooShort';
  return `fieldErrors.${code}`;
}
