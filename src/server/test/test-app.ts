import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { afterAll, inject } from 'vitest';
import { type App, buildApp } from '../app.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { GrantableRole } from '../db/schema.ts';
import {
  type BuiltPerson,
  buildOrganisation,
  buildOrgUnit,
  buildPerson,
  type PersonOverrides,
} from '../factories/factories.ts';
import { openTestDatabase } from './test-database.ts';

export const testPassword = 'correct horse battery';

/** The real app on its own fresh database, for one test file. Closed after the file's tests. */
export async function startTestApp(overrides: Partial<Config> = {}) {
  const handle = await openTestDatabase(inject('testDatabase'));
  const config: Config = {
    port: 0,
    baseUrl: 'http://groeipad.test',
    databaseUrl: undefined,
    dataDir: mkdtempSync(join(tmpdir(), 'groeipad-data-')),
    smtpUrl: undefined,
    sessionSecret: 'test-secret-test-secret-test-secret-test-secret',
    logLevel: 'silent',
    seedDemo: false,
    isProduction: false,
    ...overrides,
  };
  const queries = countingQueries();
  const app = await buildApp({ db: handle.db.withPlugin(queries.plugin), config }, { database: handle });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await handle.close();
  });
  return { app, db: handle.db, config, handle, queries };
}

/**
 * Counts the statements the app sends (tests' own factory queries go around it): for tests that
 * hold a use case to its query budget. Transaction control (BEGIN/COMMIT) is not counted. Counted
 * when a result comes back, so a subquery (a builder inside jsonArrayFrom) is part of its statement.
 */
function countingQueries() {
  let count = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      count += 1;
      return args.result;
    },
  };
  return {
    plugin,
    /** Statements sent while `work` ran. */
    async during(work: () => Promise<unknown>): Promise<number> {
      const before = count;
      await work();
      return count - before;
    },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Response = LightMyRequestResponse & { body: string; json<T = unknown>(): T };

/** Talks to the app as one signed-in person: keeps their cookie and sends the CSRF token. */
export class Client {
  readonly app: App;
  readonly cookie: string | null;
  readonly csrfToken: string | null;
  readonly headers: Record<string, string>;

  constructor(
    app: App,
    cookie: string | null,
    csrfToken: string | null,
    headers: Record<string, string> = {},
  ) {
    this.app = app;
    this.cookie = cookie;
    this.csrfToken = csrfToken;
    this.headers = headers;
  }

  request(
    method: Method,
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...this.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    Object.assign(headers, extraHeaders);
    return this.app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as object }),
    }) as Promise<Response>;
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);
}

export const anonymous = (app: App) => new Client(app, null, null);

export async function signInAs(app: App, person: { email: string; password?: string }): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email: person.email, password: person.password ?? testPassword },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'gp_session');
  return new Client(app, `gp_session=${cookie!.value}`, response.json().csrfToken);
}

/**
 * An organisation with one person per role, signed in and ready: the usual start of an API test.
 * People get accounts (a password); pass more people through `buildPerson`.
 */
export async function buildOrganisationWithRoles(app: App, db: Db) {
  const organisation = await buildOrganisation(db);
  const unit = await buildOrgUnit(db, organisation.id, { name: 'Team Noord', code: 'NOORD' });
  const make = (overrides: PersonOverrides & { roles?: GrantableRole[] } = {}) =>
    buildPerson(db, organisation.id, { password: testPassword, orgUnitId: unit.id, ...overrides });
  const owner = await make({ roles: ['owner'], givenName: 'Olga' });
  const hrAdmin = await make({ roles: ['hr_admin'], givenName: 'Hanna' });
  const ldAdmin = await make({ roles: ['ld_admin'], givenName: 'Lars' });
  const manager = await make({ givenName: 'Mila' });
  const employee = await make({ givenName: 'Emre', managerId: manager.id });
  const people: Record<'owner' | 'hrAdmin' | 'ldAdmin' | 'manager' | 'employee', BuiltPerson> = {
    owner,
    hrAdmin,
    ldAdmin,
    manager,
    employee,
  };
  const [asOwner, asHrAdmin, asLdAdmin, asManager, asEmployee] = await Promise.all(
    [owner, hrAdmin, ldAdmin, manager, employee].map((person) => signInAs(app, person)),
  );
  return {
    organisation,
    unit,
    people,
    as: {
      owner: asOwner!,
      hrAdmin: asHrAdmin!,
      ldAdmin: asLdAdmin!,
      manager: asManager!,
      employee: asEmployee!,
    },
    anonymous: anonymous(app),
  };
}
