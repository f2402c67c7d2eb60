// One catalogue of stable error codes, mapped to HTTP status here and nowhere else.
// The web app shows a translated message per code (src/web/i18n: errors.<code>).
export const errorCatalogue = {
  validation_failed: { status: 400, title: 'The request has invalid fields.' },
  import_rejected: { status: 400, title: 'The file has problems; nothing was imported.' },
  package_rejected: { status: 400, title: 'The package has problems; nothing was added.' },
  unauthenticated: { status: 401, title: 'Sign in first.' },
  invalid_credentials: { status: 401, title: 'E-mail address or password is not correct.' },
  csrf_failed: { status: 403, title: 'The request lacks a valid CSRF token.' },
  sso_required: { status: 403, title: 'Sign in with your organisation account; passwords are off here.' },
  forbidden: { status: 403, title: 'You do not have access to this.' },
  not_found: { status: 404, title: 'Not found.' },
  conflict: { status: 409, title: 'This conflicts with existing data.' },
  budget_exceeded: { status: 409, title: 'This would take the budget below zero.' },
  conversation_signed: { status: 409, title: 'This conversation is signed and locked.' },
  talent_round_signed: { status: 409, title: 'This talent review round is signed off and locked.' },
  talent_round_open: { status: 409, title: 'This talent review round is open; its questions are fixed.' },
  talent_round_draft: { status: 409, title: 'This talent review round is not open yet.' },
  workout_shipped: { status: 409, title: 'A shipped WorkOut cannot be changed; write an own one instead.' },
  coach_tip_shipped: { status: 409, title: 'A shipped coach tip cannot be changed; add an own one instead.' },
  learning_locked: { status: 409, title: 'Finish what comes first: a prerequisite or an earlier step.' },
  link_expired: { status: 410, title: 'This link has expired or has already been used.' },
  payload_too_large: { status: 413, title: 'The file is too large.' },
  body_too_large: { status: 413, title: 'The request body is too large.' },
  unsupported_file: { status: 415, title: 'This kind of file is not supported.' },
  file_too_complex: { status: 422, title: 'The file is too large or too complex to read safely.' },
  rate_limited: { status: 429, title: 'Too many attempts; try again later.' },
  internal: { status: 500, title: 'Something went wrong on our side.' },
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

/** `code` is stable (required, tooLong, taken, …); the problem handler sends 'invalid' when unset. */
export type FieldError = { field: string; message: string; code?: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    detail?: string,
    options: { errors?: FieldError[]; extra?: Record<string, unknown> } = {},
  ) {
    super(detail ?? errorCatalogue[code].title);
    this.code = code;
    this.errors = options.errors;
    this.extra = options.extra;
  }

  get status(): number {
    return errorCatalogue[this.code].status;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found.`);
export const forbidden = (detail?: string) => new AppError('forbidden', detail);
export const invalidField = (field: string, message: string, code = 'invalid') =>
  new AppError('validation_failed', `${field}: ${message}`, { errors: [{ field, message, code }] });
