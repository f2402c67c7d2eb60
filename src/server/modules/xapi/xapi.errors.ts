/**
 * A refusal under /xapi/, with the HTTP status the xAPI specification asks for and the rule it breaks.
 * The /xapi/ plugin answers these as problem+json like the rest of the API.
 */
export class XapiError extends Error {
  readonly status: number;
  readonly rule: string | undefined;

  constructor(status: number, message: string, rule?: string) {
    super(message);
    this.status = status;
    this.rule = rule;
  }
}

export const badRequest = (message: string, rule?: string) => new XapiError(400, message, rule);
export const notFoundXapi = (message: string) => new XapiError(404, message);
export const conflictXapi = (message: string, rule?: string) => new XapiError(409, message, rule);
export const forbiddenXapi = (message: string) => new XapiError(403, message);
