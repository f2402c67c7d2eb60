import type { FastifyBaseLogger } from 'fastify';
import { CompiledQuery } from 'kysely';
import type { DatabaseHandle, Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';
import type { Auth } from '../access/index.ts';
import { compileTokenLookup, type TokenRow, touchToken } from '../api-tokens/index.ts';
import { sha256 } from './auth.crypto.ts';
import { type AuthListener, type ListenerOptions, startAuthListener } from './auth.listener.ts';
import { compileSessionLookup, rolesOf, type SessionRow, touchSession } from './auth.repository.ts';
import { SessionCache } from './auth.session-cache.ts';

export type PersonAuth = Extract<Auth, { kind: 'person' }>;
export type TokenAuth = Extract<Auth, { kind: 'token' }>;

/** Who is behind a session cookie: what authorises the request, and what /me shows of them. */
export type SessionPrincipal = {
  auth: PersonAuth;
  person: {
    givenName: string;
    familyNamePrefix: string | null;
    familyName: string;
    email: string;
    jobTitle: string | null;
    locale: Locale | null;
  };
  organisation: { id: string; name: string; slug: string; defaultLocale: Locale; isDemo: boolean };
  expiresAt: Date;
};

export type SessionStore = {
  /** The principal of a live session, from this process's cache when it may be trusted. */
  lookupSession(sessionId: string, options?: { isFresh?: boolean }): Promise<SessionPrincipal | null>;
  lookupToken(token: string): Promise<TokenAuth | null>;
  /** See AuthListener.catchUp: a change made by this request is known here before it answers. */
  catchUp(): Promise<void>;
  readonly listener: AuthListener | null;
  close(): Promise<void>;
};

export type SessionCacheOptions = { ttlMs?: number; maxEntries?: number; listener?: ListenerOptions };

type Cached =
  | { kind: 'session'; principal: SessionPrincipal; lastSeenAt: number }
  | { kind: 'token'; auth: TokenAuth; expiresAt: Date | null; lastUsedAt: number };

// last_seen_at / last_used_at are for people looking at sessions and tokens, not for deciding
// anything: written at most every five minutes, after the answer, never awaited by a request.
const touchAfterMs = 5 * 60_000;

/**
 * Session and token lookups for the auth hook. With `database` (the handle behind `db`) and caching on,
 * principals are kept for `ttlMs` (30 s) in a bounded LRU, evicted by the auth listener on every change
 * and dropped whole while the listener is down. Without `database` every request asks the database.
 */
export async function createSessionStore(options: {
  db: Db;
  database?: DatabaseHandle;
  cache?: SessionCacheOptions | false;
  log: FastifyBaseLogger;
}): Promise<SessionStore> {
  const { db, database, log } = options;
  // Compiled on first use: building the app (for the OpenAPI document, say) needs no database.
  let compiled: {
    session: ReturnType<typeof compileSessionLookup>;
    token: ReturnType<typeof compileTokenLookup>;
  };
  const lookups = () => {
    compiled ??= { session: compileSessionLookup(db), token: compileTokenLookup(db) };
    return compiled;
  };
  // A server plans a named statement once per connection; PGlite's handle ignores the name.
  const run = async <Row>(
    lookup: { sql: string; parameters(value: string): unknown[]; row: Row },
    value: string,
    name: string,
  ): Promise<Row | undefined> => {
    const parameters = lookup.parameters(value);
    const { rows } = database
      ? await database.query(lookup.sql, parameters, name)
      : await db.executeQuery(CompiledQuery.raw(lookup.sql, parameters));
    return rows[0] as Row | undefined;
  };

  const cacheOptions = options.cache === false ? null : (options.cache ?? {});
  const cache = new SessionCache<Cached>({
    ttlMs: cacheOptions?.ttlMs ?? 30_000,
    maxEntries: cacheOptions?.maxEntries ?? 10_000,
  });
  const listener =
    database && cacheOptions
      ? await startAuthListener(
          database,
          {
            onChange: (payload) => evict(cache, payload),
            onState(state, error) {
              cache.setEnabled(state === 'listening');
              if (state === 'down') log.warn({ err: error }, 'auth listener down; sessions not cached');
              else if (state === 'listening') log.debug('auth listener up; sessions cached');
            },
          },
          cacheOptions.listener,
        )
      : null;

  const touched = new Map<string, number>();
  const touch = (key: string, last: number, write: () => Promise<unknown>) => {
    const now = Date.now();
    if (now - Math.max(last, touched.get(key) ?? 0) < touchAfterMs) return false;
    if (touched.size >= 10_000) touched.clear();
    touched.set(key, now);
    write().catch((error) => log.warn({ err: error }, 'could not record last use'));
    return true;
  };

  return {
    listener,
    catchUp: () => listener?.catchUp() ?? Promise.resolve(),
    close: async () => {
      await listener?.close();
    },

    async lookupSession(sessionId, lookupOptions = {}) {
      const key = `s:${sessionId}`;
      const hit = lookupOptions.isFresh ? undefined : cache.get(key);
      if (hit?.kind === 'session' && hit.principal.expiresAt.getTime() > Date.now()) {
        if (
          touch(key, hit.lastSeenAt, () =>
            touchSession(db, hit.principal.auth.organisationId, sessionId, new Date()),
          )
        )
          hit.lastSeenAt = Date.now();
        return hit.principal;
      }
      const begun = cache.begin();
      const row = await run(lookups().session, sessionId, 'groeipad_session_lookup');
      if (!row) return null;
      const principal = principalOf(sessionId, row);
      const lastSeenAt = row.lastSeenAt.getTime();
      touch(key, lastSeenAt, () => touchSession(db, row.organisationId, sessionId, new Date()));
      cache.set(
        key,
        { kind: 'session', principal, lastSeenAt: Math.max(lastSeenAt, touched.get(key) ?? 0) },
        { owner: `p:${row.personId}`, organisationId: row.organisationId },
        begun,
      );
      return principal;
    },

    async lookupToken(token) {
      const key = `t:${sha256(token)}`;
      const hit = cache.get(key);
      if (hit?.kind === 'token' && (!hit.expiresAt || hit.expiresAt.getTime() > Date.now())) {
        if (
          touch(key, hit.lastUsedAt, () =>
            touchToken(db, hit.auth.organisationId, hit.auth.tokenId, new Date()),
          )
        )
          hit.lastUsedAt = Date.now();
        return hit.auth;
      }
      const begun = cache.begin();
      const row: TokenRow | undefined = await run(lookups().token, sha256(token), 'groeipad_token_lookup');
      if (!row || row.revokedAt || (row.expiresAt && row.expiresAt < new Date())) return null;
      const auth: TokenAuth = {
        kind: 'token',
        organisationId: row.organisationId,
        tokenId: row.id,
        scopes: new Set(row.scopes),
      };
      const lastUsedAt = row.lastUsedAt?.getTime() ?? 0;
      touch(key, lastUsedAt, () => touchToken(db, row.organisationId, row.id, new Date()));
      cache.set(
        key,
        {
          kind: 'token',
          auth,
          expiresAt: row.expiresAt,
          lastUsedAt: Math.max(lastUsedAt, touched.get(key) ?? 0),
        },
        { owner: `t:${row.id}`, organisationId: row.organisationId },
        begun,
      );
      return auth;
    },
  };
}

function principalOf(sessionId: string, row: SessionRow): SessionPrincipal {
  return {
    auth: {
      kind: 'person',
      organisationId: row.organisationId,
      personId: row.personId,
      sessionId,
      roles: rolesOf(row.grantedRoles, Boolean(row.hasReports)),
      locale: row.locale ?? row.defaultLocale,
    },
    person: {
      givenName: row.givenName,
      familyNamePrefix: row.familyNamePrefix,
      familyName: row.familyName,
      email: row.email,
      jobTitle: row.jobTitle,
      locale: row.locale,
    },
    organisation: {
      id: row.organisationId,
      name: row.organisationName,
      slug: row.organisationSlug,
      defaultLocale: row.defaultLocale,
      isDemo: row.isDemo,
    },
    expiresAt: row.expiresAt,
  };
}

/** What a notification from migration 0130's triggers evicts. */
function evict(cache: SessionCache<Cached>, payload: string) {
  if (payload.startsWith('p:') || payload.startsWith('t:')) cache.evictOwner(payload);
  else if (payload.startsWith('o:')) cache.evictOrganisation(payload.slice(2));
  else cache.clear();
}
