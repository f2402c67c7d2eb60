import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { AppError } from '../../http/errors.ts';
import type { Auth } from '../access/index.ts';
import { csrfTokenFor, safeEqual, sha256 } from './auth.crypto.ts';
import { findSession } from './auth.repository.ts';

export const sessionCookie = 'gp_session';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const touchAfterMs = 5 * 60_000;

/**
 * Works out who is asking (session cookie or bearer API token), checks CSRF for cookie requests
 * that change something, and refuses anonymous requests to routes that are not marked public.
 */
export function registerAuthentication(app: FastifyInstance, deps: { db: Db; sessionSecret: string }) {
  app.decorateRequest('auth', null);

  // onRequest runs before the body is parsed or validated, so the anonymous get 401, not 400.
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    request.auth = await authenticate(request, deps);
    if (request.routeOptions.config?.isPublic || !request.routeOptions.url) return;
    if (!request.auth) throw new AppError('unauthenticated');
    if (request.auth.kind === 'person' && unsafeMethods.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      const expected = csrfTokenFor(request.auth.sessionId, deps.sessionSecret);
      if (typeof sent !== 'string' || !safeEqual(sent, expected)) throw new AppError('csrf_failed');
    }
  });
}

async function authenticate(request: FastifyRequest, deps: { db: Db }): Promise<Auth | null> {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return authenticateToken(deps.db, header.slice(7).trim());
  const cookie = request.cookies[sessionCookie];
  if (!cookie) return null;
  const sessionId = sha256(cookie);
  const session = await findSession(deps.db, sessionId);
  if (!session) return null;
  if (Date.now() - session.lastSeenAt.getTime() > touchAfterMs) {
    await forOrganisation(deps.db, session.organisationId)
      .updateTable('sessions')
      .set({ last_seen_at: new Date() })
      .where('id', '=', sessionId)
      .execute();
  }
  return {
    kind: 'person',
    organisationId: session.organisationId,
    personId: session.personId,
    sessionId,
    roles: session.roles,
    locale: session.locale ?? session.defaultLocale,
  };
}

async function authenticateToken(db: Db, token: string): Promise<Auth | null> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['organisation_id', 'id', 'scopes', 'expires_at', 'revoked_at', 'last_used_at'])
    .where('token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row || row.revoked_at || (row.expires_at && row.expires_at < new Date())) return null;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > touchAfterMs) {
    await forOrganisation(db, row.organisation_id)
      .updateTable('api_tokens')
      .set({ last_used_at: new Date() })
      .where('id', '=', row.id)
      .execute();
  }
  return { kind: 'token', organisationId: row.organisation_id, tokenId: row.id, scopes: new Set(row.scopes) };
}
