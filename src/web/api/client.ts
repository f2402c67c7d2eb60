import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, type Problem } from './errors.ts';
import type { components, paths } from './schema.gen.ts';

export type Schemas = components['schemas'];
export type Me = Schemas['Me'];
export type Person = Schemas['Person'];
export type OrgUnit = Schemas['OrgUnit'];

// The CSRF token comes from GET /me and the sign-in answer; every change must send it back.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (csrfToken && unsafeMethods.has(request.method)) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'include' });
api.use(csrfMiddleware);

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Data of a successful answer, or an ApiError carrying the problem's code and field errors. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call;
  } catch {
    throw new ApiError({ status: 0, code: 'network' });
  }
  if (result.response.ok) return result.data as T;
  const problem = (result.error ?? {}) as Partial<Problem>;
  throw new ApiError({
    status: result.response.status,
    code: typeof problem.code === 'string' ? problem.code : statusCode(result.response.status),
    detail: problem.detail,
    errors: problem.errors,
    retryAfter: typeof problem.retryAfter === 'number' ? problem.retryAfter : undefined,
    limit: problem.limit,
    max: problem.max,
    organisationSlug: typeof problem.organisationSlug === 'string' ? problem.organisationSlug : undefined,
    idpName: typeof problem.idpName === 'string' ? problem.idpName : undefined,
  });
}

// When an answer is not problem+json (a proxy error page, say), still name a code we can translate.
function statusCode(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  return 'internal';
}
