export type FieldError = { field: string; message: string; code?: string };
export type Problem = { status: number; code: string; detail?: string; errors?: FieldError[] };

/** An API answer that was not OK, as RFC 9457 problem+json: a stable code plus field errors. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: FieldError[];

  constructor(problem: Problem) {
    super(problem.detail ?? problem.code);
    this.status = problem.status;
    this.code = problem.code;
    this.fieldErrors = problem.errors ?? [];
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

// The server's field messages are English; we map them to catalogue keys (fieldErrors.<key>).
const fieldPatterns: [RegExp, string][] = [
  [/not correct/i, 'incorrect'],
  [/at least 10|>=10/i, 'passwordTooShort'],
  [/too small.*>=1\b|required|expected string, received undefined/i, 'required'],
  [/email/i, 'email'],
  [/already used/i, 'taken'],
  [/own manager/i, 'managerCycle'],
  [/before the start date/i, 'endBeforeStart'],
  [/at least one owner/i, 'lastOwner'],
  [/only an owner/i, 'ownerOnly'],
  [/no such/i, 'unknownReference'],
  [/too big|at most/i, 'tooLong'],
];

export function fieldErrorKey(error: FieldError): string {
  if (error.code) return `fieldErrors.${error.code}`;
  for (const [pattern, key] of fieldPatterns) if (pattern.test(error.message)) return `fieldErrors.${key}`;
  return 'fieldErrors.invalid';
}
