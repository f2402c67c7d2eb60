import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import pino from 'pino';
import type { Db } from '../db/database.ts';
import type { Locale } from '../db/schema.ts';
import { forOrganisation, type TenantDb } from '../db/tenant.ts';
import { AppError } from '../http/errors.ts';
import type { Auth } from '../modules/access/index.ts';
import { type Bus, createBus } from './bus.ts';
import { calendarDateOf, DEFAULT_TIME_ZONE } from './calendar.ts';

/**
 * Everything a use case needs to know about the request it serves: who asks, their organisation's
 * database (scoped, so a use case cannot reach another organisation), the logger, the language, and
 * the organisation's clock. Routes get it with `ctxOf(request)`; jobs with `organisationContext`.
 */
export type OrgContext = {
  /** Who acts; null for the system itself (a job, a listener). */
  readonly auth: Auth | null;
  readonly organisationId: string;
  readonly db: TenantDb;
  readonly log: FastifyBaseLogger;
  /** Where changes tell other modules what happened (after they commit). */
  readonly bus: Bus;
  readonly locale: Locale;
  readonly timeZone: string;
  /** The instant of the request: one `now` for everything a use case writes. */
  now(): Date;
  /** Today's calendar date (yyyy-mm-dd) in the organisation's time zone. */
  today(): string;
  /** Request-scoped memo: the second `memo('plan:1', load)` returns the first's promise. */
  memo<T>(key: string, load: () => Promise<T>): Promise<T>;
};

/** The context of a request by someone (a person or an API token). */
export type Ctx = OrgContext & { readonly auth: Auth };

declare module 'fastify' {
  interface FastifyRequest {
    ctx?: Ctx;
    /** The organisation's time zone, set after authentication (organisations' remembered lookup). */
    timeZone?: string;
  }
}

/** The request's context; the auth hook has already refused anonymous callers of private routes. */
export function ctxOf(request: FastifyRequest): Ctx {
  if (request.ctx) return request.ctx;
  if (!request.auth) throw new AppError('unauthenticated');
  const kernel = (request.server as unknown as { groeipadKernel?: Kernel }).groeipadKernel;
  if (!kernel) throw new Error('The request context needs registerContext(app, …) at start-up.');
  request.ctx = makeContext({ ...kernel, auth: request.auth, log: request.log, timeZone: request.timeZone });
  return request.ctx;
}

type Kernel = { db: Db; bus: Bus };

/** Makes the database and bus reachable for `ctxOf` (called once by buildApp). */
export function registerContext(app: { decorate(name: string, value: unknown): unknown }, kernel: Kernel) {
  app.decorate('groeipadKernel', kernel);
}

/** A context for work outside a request (jobs, listeners, seeds), acting as the system. */
export function organisationContext(options: {
  db: Db;
  organisationId: string;
  log: FastifyBaseLogger;
  bus: Bus;
  locale?: Locale;
  /** The organisation's time zone (organisations' `organisationTimeZone`); Amsterdam when not given. */
  timeZone?: string;
  at?: Date;
}): OrgContext {
  return makeContext({ ...options, auth: null });
}

export function makeContext(options: {
  db: Db | TenantDb['executor'];
  auth: Auth;
  log: FastifyBaseLogger;
  bus: Bus;
  locale?: Locale;
  timeZone?: string;
  at?: Date;
}): Ctx;
export function makeContext(options: {
  db: Db | TenantDb['executor'];
  auth: Auth | null;
  organisationId?: string;
  log: FastifyBaseLogger;
  bus: Bus;
  locale?: Locale;
  timeZone?: string;
  at?: Date;
}): OrgContext;
export function makeContext(options: {
  db: Db | TenantDb['executor'];
  auth: Auth | null;
  organisationId?: string;
  log: FastifyBaseLogger;
  bus: Bus;
  locale?: Locale;
  timeZone?: string;
  at?: Date;
}): OrgContext {
  const { auth } = options;
  const organisationId = auth?.organisationId ?? options.organisationId;
  if (!organisationId) throw new Error('A context needs an organisation.');
  const at = options.at ?? new Date();
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  let memos: Map<string, Promise<unknown>> | undefined;
  let today: string | undefined;
  let db: TenantDb | undefined;
  const executor = options.db;
  return {
    auth,
    organisationId,
    // Made on first use: a request answered from a shared copy in memory never queries.
    get db() {
      db ??= forOrganisation(executor, organisationId);
      return db;
    },
    log: options.log,
    bus: options.bus,
    locale: options.locale ?? (auth?.kind === 'person' ? auth.locale : 'nl'),
    timeZone,
    now: () => at,
    // The request's moment is fixed, so its date is worked out once.
    today: () => (today ??= calendarDateOf(at, timeZone)),
    memo<T>(key: string, load: () => Promise<T>) {
      memos ??= new Map();
      let found = memos.get(key);
      if (!found) {
        found = load();
        memos.set(key, found);
        // A failed load is not remembered: the next caller tries again.
        found.catch(() => memos?.delete(key));
      }
      return found as Promise<T>;
    },
  };
}

/**
 * A context for scripts and seeds that run without the app (no listeners, a silent log): the demo
 * acts as its people through the same use cases the API calls.
 */
export function standaloneContext(options: { db: Db; auth: Auth; at?: Date }): Ctx;
/** The same for the system itself acting in one organisation (`npm run org:create`). */
export function standaloneContext(options: {
  db: Db | TenantDb['executor'];
  auth: null;
  organisationId: string;
  at?: Date;
}): OrgContext;
export function standaloneContext(options: {
  db: Db | TenantDb['executor'];
  auth: Auth | null;
  organisationId?: string;
  at?: Date;
}): OrgContext {
  const log = pino({ level: 'silent' });
  return makeContext({ ...options, log, bus: createBus(log) });
}
