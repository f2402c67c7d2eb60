import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { problemOfDatabaseError } from './database-errors.ts';
import { AppError, errorCatalogue, type FieldError } from './errors.ts';

/** Every error leaves as RFC 9457 problem+json with a stable `code`; internals never leak. */
export function registerProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let appError: AppError;
    const refused = problemOfDatabaseError(error);
    if (error instanceof AppError) {
      appError = error;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const errors: FieldError[] = error.validation.map((issue) => {
        const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
        const field = [error.validationContext === 'body' ? '' : error.validationContext, path]
          .filter(Boolean)
          .join('.');
        return {
          field: field || String(error.validationContext),
          message: issue.message ?? 'is invalid',
          code: fieldCodeOf(issue.keyword, issue.params as ZodIssueParams),
        };
      });
      const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      appError = new AppError('validation_failed', detail, { errors });
    } else if (refused) {
      // The database refused what the client sent (a duplicate, a bad reference): a 4xx, logged.
      request.log.warn({ err: error }, 'database refused the input');
      appError = refused;
    } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      appError = new AppError('body_too_large');
    } else if (error.code === 'FST_REQ_FILE_TOO_LARGE') {
      appError = new AppError('payload_too_large');
    } else if (
      error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
      error.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE'
    ) {
      appError = new AppError('unsupported_file', error.message);
    } else if (error.statusCode === 400 && error.code?.startsWith('FST_ERR_CTP')) {
      appError = new AppError('validation_failed', error.message, {
        errors: [{ field: 'body', message: error.message }],
      });
    } else if (isMalformedMultipart(error)) {
      appError = new AppError('validation_failed', 'The multipart body is incomplete or malformed.', {
        errors: [{ field: 'file', message: 'the upload is incomplete or malformed', code: 'invalid' }],
      });
    } else if (error.statusCode === 429) {
      appError = new AppError('rate_limited');
    } else if (error.code?.startsWith('FST_') && error.statusCode && error.statusCode < 500) {
      // Any other refusal by Fastify or a plugin (multipart limits, a malformed URL): still a 4xx.
      appError = clientErrorOf(error.statusCode, error.message);
    } else {
      request.log.error({ err: error }, 'unhandled error');
      appError = new AppError('internal');
    }
    const entry = errorCatalogue[appError.code];
    const fieldErrors = appError.errors?.map((fieldError) => ({
      ...fieldError,
      code: fieldError.code ?? codeFromMessage(fieldError.message),
    }));
    reply
      .status(entry.status)
      .type('application/problem+json')
      .send({
        type: `https://groeipad.org/problems/${appError.code}`,
        title: entry.title,
        status: entry.status,
        code: appError.code,
        detail: appError.message,
        instance: request.url.split('?')[0],
        ...(fieldErrors ? { errors: fieldErrors } : {}),
        ...appError.extra,
      });
  });
}

/** busboy's own parse errors carry no code, only these messages. */
const isMalformedMultipart = (error: Error) =>
  /unexpected end of multipart data|^Multipart: Boundary not found|^Boundary required|^Malformed part header/i.test(
    error.message,
  );

function clientErrorOf(status: number, message: string): AppError {
  if (status === 413) return new AppError('payload_too_large');
  if (status === 406 || status === 415) return new AppError('unsupported_file', message);
  return new AppError('validation_failed', message);
}

export function notFoundProblem(method: string, url: string) {
  return {
    type: 'https://groeipad.org/problems/not_found',
    title: errorCatalogue.not_found.title,
    status: 404,
    code: 'not_found',
    detail: `No route for ${method} ${url.split('?')[0]}.`,
  };
}

type ZodIssueParams = {
  input?: unknown;
  minimum?: number | bigint;
  origin?: string;
  format?: string;
  params?: { code?: unknown };
};

/** A stable code per field error, so a client can say it in its own language (fieldErrors.<code>). */
export function fieldCodeOf(keyword: string, params: ZodIssueParams = {}): string {
  // A refinement names its own code: { params: { code: 'outOfRange' } }.
  if (keyword === 'custom' && typeof params.params?.code === 'string') return params.params.code;
  if (keyword === 'invalid_type' && params.input === undefined) return 'required';
  if (keyword === 'too_small' && params.origin === 'string' && Number(params.minimum) === 1)
    return 'required';
  if (keyword === 'too_small' && params.origin === 'array' && Number(params.minimum) === 1)
    return 'chooseOne';
  if (keyword === 'too_small') return 'tooShort';
  if (keyword === 'too_big') return 'tooLong';
  if (keyword === 'invalid_format' && params.format === 'email') return 'email';
  return 'invalid';
}

/** For a field error raised without a code: the common messages have one, the rest are 'invalid'. */
function codeFromMessage(message: string): string {
  if (/^no such\b/i.test(message)) return 'unknownReference';
  if (/\balready (used|taken|exists)\b/i.test(message)) return 'taken';
  if (/^is (missing|required)\b/i.test(message)) return 'required';
  return 'invalid';
}
