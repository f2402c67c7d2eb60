import { expect } from 'vitest';
import type { App } from '../../app.ts';
import type { Client, Response } from '../../test/test-app.ts';

type Method = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';

export type LrsCredential = { id: string; key: string; secret: string };

/** An LRS credential made through the L&D API, as an L&D admin would. */
export async function createLrsCredential(ldAdmin: Client, scopes: string[], name = 'Content provider') {
  const response = await ldAdmin.post('/api/v1/lrs/credentials', { name, scopes });
  expect(response.statusCode).toBe(201);
  return response.json<LrsCredential>();
}

/** Talks to /xapi/ as an outside tool: HTTP Basic with an LRS credential, a version header. */
export class LrsClient {
  readonly app: App;
  readonly credential: LrsCredential | null;
  readonly version: string | null;

  constructor(app: App, credential: LrsCredential | null, version: string | null = '1.0.3') {
    this.app = app;
    this.credential = credential;
    this.version = version;
  }

  withVersion = (version: string | null) => new LrsClient(this.app, this.credential, version);

  request(
    method: Method,
    path: string,
    options: {
      query?: Record<string, string>;
      json?: unknown;
      body?: Buffer | string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.version) headers['x-experience-api-version'] = this.version;
    if (this.credential)
      headers.authorization = `Basic ${Buffer.from(`${this.credential.key}:${this.credential.secret}`).toString('base64')}`;
    let payload: Buffer | string | undefined = options.body;
    if (options.json !== undefined) {
      payload = JSON.stringify(options.json);
      headers['content-type'] = 'application/json';
    }
    Object.assign(headers, options.headers);
    const query = options.query ? `?${new URLSearchParams(options.query)}` : '';
    return this.app.inject({
      method,
      url: `/xapi${path}${query}`,
      headers,
      ...(payload === undefined ? {} : { payload }),
    }) as Promise<Response>;
  }

  postStatements = (statements: unknown) => this.request('POST', '/statements', { json: statements });
  putStatement = (id: string, statement: unknown) =>
    this.request('PUT', '/statements', { query: { statementId: id }, json: statement });
  getStatements = (query: Record<string, string> = {}) => this.request('GET', '/statements', { query });
}

let counter = 0;

/** A valid statement about an activity, by an agent with an e-mail address. */
export function statement(overrides: Record<string, unknown> = {}) {
  counter++;
  return {
    actor: { objectType: 'Agent', name: 'Sanne Visser', mbox: 'mailto:sanne@extern.example' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
    object: {
      objectType: 'Activity',
      id: `https://content.example/activities/${counter}`,
      definition: { name: { 'nl-NL': `Module ${counter}` } },
    },
    ...overrides,
  };
}
