import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from './errors.ts';

/**
 * Text PostgreSQL cannot hold: NUL (refused in text, and as \u0000 in jsonb) and a lone UTF-16
 * surrogate (not text at all: jsonb refuses it, the driver would quietly store U+FFFD instead).
 */
export const hasUnstorableText = (value: string): boolean => value.includes('\0') || !value.isWellFormed();

const maxReported = 20;
const partNames = { body: '', query: 'querystring', params: 'params', headers: 'headers' } as const;

/** Field paths (a.b.0.c) of every string, or object key, that holds unstorable text. */
export function unstorableTextPaths(value: unknown, prefix = ''): string[] {
  const found: string[] = [];
  // A stack instead of recursion: a 1 MiB body can nest deeper than the call stack goes.
  const stack: { value: unknown; path: string }[] = [{ value, path: prefix }];
  while (stack.length && found.length < maxReported) {
    const item = stack.pop()!;
    if (typeof item.value === 'string') {
      if (hasUnstorableText(item.value)) found.push(item.path);
    } else if (Array.isArray(item.value)) {
      for (const [index, entry] of item.value.entries())
        stack.push({ value: entry, path: join(item.path, String(index)) });
    } else if (item.value && typeof item.value === 'object') {
      for (const [key, entry] of Object.entries(item.value)) {
        // The key itself is shown escaped, so the field name can be sent back as JSON.
        const path = join(item.path, hasUnstorableText(key) ? JSON.stringify(key).slice(1, -1) : key);
        if (hasUnstorableText(key)) found.push(path);
        else stack.push({ value: entry, path });
      }
    }
  }
  return found.sort();
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function invalidCharacters(fields: string[]): AppError {
  const errors: FieldError[] = fields.map((field) => ({
    field,
    message: 'contains a character that is not allowed (NUL or a lone UTF-16 surrogate)',
    code: 'invalidCharacters',
  }));
  return new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
    errors,
  });
}

const isEmptyChange = (body: unknown) =>
  Boolean(body) &&
  typeof body === 'object' &&
  !Array.isArray(body) &&
  Object.values(body as object).every((value) => value === undefined);

/**
 * Input rules for every route at once, whatever its schema says:
 * - no NUL or lone surrogate in the body, query, path or headers: 400 naming the field;
 * - a PATCH must change something: an empty body (after validation dropped unknown keys) is a 400,
 *   never an UPDATE without a SET.
 * - in a multipart upload, the same for the file's name and the text fields sent with it (checked when
 *   the route reads the file). What a file contains is for the route that parses it.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const parts = {
      // Raw bytes (xAPI documents and attachments under /xapi/) are content, not text fields.
      body: Buffer.isBuffer(request.body) ? undefined : request.body,
      query: request.query,
      params: request.params,
      headers: request.headers,
    };
    const fields = Object.entries(parts).flatMap(([part, value]) =>
      unstorableTextPaths(value, partNames[part as keyof typeof partNames]),
    );
    if (fields.length) throw invalidCharacters(fields.slice(0, maxReported));
  });
  app.addHook('preHandler', async (request: FastifyRequest) => {
    if (request.isMultipart()) guardMultipartText(request);
    if (request.method === 'PATCH' && request.routeOptions.schema?.body && isEmptyChange(request.body))
      throw new AppError('validation_failed', 'body: send at least one field to change', {
        errors: [{ field: 'body', message: 'send at least one field to change', code: 'noChanges' }],
      });
  });
}

/** Wraps this request's request.file() so the part it hands out has storable text only. */
function guardMultipartText(request: FastifyRequest): void {
  const readFile = request.file.bind(request);
  request.file = async (...options) => {
    const part = await readFile(...options);
    if (!part) return part;
    const fields = [
      ...(hasUnstorableText(part.filename) ? [part.fieldname] : []),
      ...Object.values(part.fields).flatMap((entry) =>
        (Array.isArray(entry) ? entry : [entry]).flatMap((field) =>
          field?.type === 'field' && typeof field.value === 'string'
            ? unstorableTextPaths({ [field.fieldname]: field.value })
            : [],
        ),
      ),
    ];
    if (fields.length) {
      part.file.resume(); // drain what is left of the upload
      throw invalidCharacters([...new Set(fields)]);
    }
    return part as MultipartFile;
  };
}
