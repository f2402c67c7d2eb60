import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DatabaseHandle, Db } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { csrfTokenFor, safeEqual, sha256 } from './auth.crypto.ts';
import {
  createSessionStore,
  type SessionCacheOptions,
  type SessionPrincipal,
  type SessionStore,
  type TokenAuth,
} from './auth.sessions.ts';

export const sessionCookie = 'gp_session';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyInstance {
    /** Session and token lookups (cached), for the auth routes and tests. */
    sessions: SessionStore;
  }
}

// The session behind a request, for /me; kept beside the request rather than on it.
const principals = new WeakMap<FastifyRequest, SessionPrincipal>();
export const principalOf = (request: FastifyRequest) => principals.get(request);

/**
 * Works out who is asking (session cookie or bearer API token), checks CSRF for cookie requests
 * that change something, and refuses anonymous requests to routes that are not marked public.
 * A change answers only once this instance's session cache has heard of it (SessionStore.catchUp).
 */
export async function registerAuthentication(
  app: FastifyInstance,
  deps: {
    db: Db;
    sessionSecret: string;
    database?: DatabaseHandle;
    cacheSessions?: SessionCacheOptions | false;
  },
) {
  const sessions = await createSessionStore({
    db: deps.db,
    database: deps.database,
    cache: deps.cacheSessions,
    log: app.log,
  });
  app.decorate('sessions', sessions);
  app.decorateRequest('auth', null);
  app.addHook('onClose', () => sessions.close());

  // onRequest runs before the body is parsed or validated, so the anonymous get 401, not 400.
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const principal = await lookupSession(request, sessions);
    request.auth = principal?.auth ?? null;
    if (principal?.auth.kind === 'person') principals.set(request, principal as SessionPrincipal);
    if (request.routeOptions.config?.isPublic || !request.routeOptions.url) return;
    if (!request.auth) throw new AppError('unauthenticated');
    if (request.auth.kind === 'person' && unsafeMethods.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      const expected = csrfTokenFor(request.auth.sessionId, deps.sessionSecret);
      if (typeof sent !== 'string' || !safeEqual(sent, expected)) throw new AppError('csrf_failed');
    }
  });
  app.addHook('onSend', async (request) => {
    if (unsafeMethods.has(request.method) && request.url.startsWith('/api/')) await sessions.catchUp();
  });
}

export type Principal = SessionPrincipal | { auth: TokenAuth };

/** Who is asking: the person behind the session cookie, or the integration holding the API token. */
export async function lookupSession(
  request: FastifyRequest,
  sessions: SessionStore,
): Promise<Principal | null> {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const auth = await sessions.lookupToken(header.slice(7).trim());
    return auth && { auth };
  }
  const cookie = request.cookies[sessionCookie];
  return cookie ? sessions.lookupSession(sha256(cookie)) : null;
}
