import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { createLrsCredential, LrsClient, statement } from '../xapi.test-helpers.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

describe('LRS credentials', () => {
  it('are made by L&D, show the secret once, keep only its hash and record when they were last used', async () => {
    const created = await createLrsCredential(org.as.ldAdmin, ['statements/write', 'statements/read']);
    expect(created.key).toMatch(/^gpx_/);
    expect(created.secret.length).toBeGreaterThan(30);
    const listed = (await org.as.ldAdmin.get('/api/v1/lrs/credentials')).json<Record<string, unknown>[]>();
    const row = listed.find((entry) => entry.id === created.id)!;
    expect(row).toMatchObject({
      key: created.key,
      scopes: ['statements/write', 'statements/read'],
      lastUsedAt: null,
    });
    expect(row).not.toHaveProperty('secret');
    const stored = await db
      .selectFrom('xapi_credentials')
      .select('secret_hash')
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(stored.secret_hash).not.toContain(created.secret);

    const lrs = new LrsClient(app, created);
    expect((await lrs.getStatements()).statusCode).toBe(200);
    const after = (await org.as.ldAdmin.get('/api/v1/lrs/credentials')).json<Record<string, unknown>[]>();
    expect(after.find((entry) => entry.id === created.id)!.lastUsedAt).not.toBeNull();
  });

  it('name a wrong scope, and are for L&D only', async () => {
    const wrong = await org.as.ldAdmin.post('/api/v1/lrs/credentials', {
      name: 'Tool',
      scopes: ['everything'],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('scopes.0');
    expect((await org.as.employee.get('/api/v1/lrs/credentials')).statusCode).toBe(403);
    expect(
      (await org.as.employee.post('/api/v1/lrs/credentials', { name: 'x', scopes: ['all'] })).statusCode,
    ).toBe(403);
  });

  it('stop working the moment they are revoked, and cannot be revoked from another organisation', async () => {
    const created = await createLrsCredential(org.as.ldAdmin, ['all']);
    const lrs = new LrsClient(app, created);
    expect((await lrs.getStatements()).statusCode).toBe(200);
    expect((await other.as.ldAdmin.delete(`/api/v1/lrs/credentials/${created.id}`)).statusCode).toBe(404);
    expect((await lrs.getStatements()).statusCode).toBe(200);
    expect((await org.as.ldAdmin.delete(`/api/v1/lrs/credentials/${created.id}`)).statusCode).toBe(204);
    const refused = await lrs.getStatements();
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['www-authenticate']).toMatch(/^Basic/);
    expect((await org.as.ldAdmin.delete(`/api/v1/lrs/credentials/${created.id}`)).statusCode).toBe(404);
  });
});

describe('HTTP Basic on /xapi/', () => {
  it('refuses a missing, malformed or wrong credential with 401; /about needs none', async () => {
    const created = await createLrsCredential(org.as.ldAdmin, ['all']);
    expect((await new LrsClient(app, null).getStatements()).statusCode).toBe(401);
    expect((await new LrsClient(app, { ...created, secret: 'wrong' }).getStatements()).statusCode).toBe(401);
    const malformed = await new LrsClient(app, null).request('GET', '/statements', {
      headers: { authorization: 'Basic not-base64!' },
    });
    expect(malformed.statusCode).toBe(401);
    const about = await new LrsClient(app, null, null).request('GET', '/about');
    expect(about.statusCode).toBe(200);
    expect(about.json()).toMatchObject({ version: expect.arrayContaining(['1.0.3', '2.0.0']) });
  });
});

describe('scopes', () => {
  it('let a writer write but not read, and a reader read but not write', async () => {
    const writer = new LrsClient(app, await createLrsCredential(org.as.ldAdmin, ['statements/write']));
    const reader = new LrsClient(app, await createLrsCredential(org.as.ldAdmin, ['statements/read']));
    const posted = await writer.postStatements(statement());
    expect(posted.statusCode).toBe(200);
    expect((await writer.getStatements()).statusCode).toBe(403);
    expect((await reader.postStatements(statement())).statusCode).toBe(403);
    const [id] = posted.json<string[]>();
    expect((await reader.getStatements({ statementId: id! })).statusCode).toBe(200);
  });

  it('give statements/read/mine only the statements the credential wrote itself', async () => {
    const mine = new LrsClient(
      app,
      await createLrsCredential(org.as.ldAdmin, ['statements/write', 'statements/read/mine']),
    );
    const someoneElse = new LrsClient(app, await createLrsCredential(org.as.ldAdmin, ['all']));
    const [own] = (await mine.postStatements(statement())).json<string[]>();
    const [theirs] = (await someoneElse.postStatements(statement())).json<string[]>();
    const listed = (await mine.getStatements()).json<{ statements: { id: string }[] }>();
    expect(listed.statements.map((entry) => entry.id)).toEqual([own]);
    expect((await mine.getStatements({ statementId: theirs! })).statusCode).toBe(404);
  });

  it('keep state and profile documents to credentials with the state or profile scope', async () => {
    const statementsOnly = new LrsClient(
      app,
      await createLrsCredential(org.as.ldAdmin, ['statements/write']),
    );
    const state = new LrsClient(app, await createLrsCredential(org.as.ldAdmin, ['state']));
    const query = {
      activityId: 'https://content.example/activities/state',
      agent: JSON.stringify({ mbox: 'mailto:sanne@extern.example' }),
      stateId: 'bookmark',
    };
    expect(
      (await statementsOnly.request('PUT', '/activities/state', { query, json: { page: 3 } })).statusCode,
    ).toBe(403);
    expect((await state.request('PUT', '/activities/state', { query, json: { page: 3 } })).statusCode).toBe(
      204,
    );
    const profile = { activityId: 'https://content.example/activities/state', profileId: 'p' };
    expect(
      (
        await state.request('PUT', '/activities/profile', {
          query: profile,
          json: {},
          headers: { 'if-none-match': '*' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await state.postStatements(statement())).statusCode).toBe(403);
  });

  it('update an activity definition only with the define scope', async () => {
    const activityId = 'https://content.example/activities/defined';
    const withoutDefine = new LrsClient(
      app,
      await createLrsCredential(org.as.ldAdmin, ['statements/write', 'statements/read']),
    );
    const withDefine = new LrsClient(
      app,
      await createLrsCredential(org.as.ldAdmin, ['statements/write', 'define']),
    );
    const about = (name: string) =>
      statement({
        object: { objectType: 'Activity', id: activityId, definition: { name: { 'en-US': name } } },
      });
    await withoutDefine.postStatements(about('Not taken'));
    const first = await withoutDefine.request('GET', '/activities', { query: { activityId } });
    expect(first.json()).toEqual({ objectType: 'Activity', id: activityId });
    await withDefine.postStatements(about('Taken'));
    const second = await withoutDefine.request('GET', '/activities', { query: { activityId } });
    expect(second.json()).toEqual({
      objectType: 'Activity',
      id: activityId,
      definition: { name: { 'en-US': 'Taken' } },
    });
  });
});

describe('tenancy', () => {
  it('keeps one organisation’s credential out of another organisation’s statements and documents', async () => {
    const ours = new LrsClient(app, await createLrsCredential(org.as.ldAdmin, ['all']));
    const theirs = new LrsClient(app, await createLrsCredential(other.as.ldAdmin, ['all']));
    const sent = statement();
    const [id] = (await ours.postStatements(sent)).json<string[]>();
    expect((await theirs.getStatements({ statementId: id! })).statusCode).toBe(404);
    const listed = (await theirs.getStatements({ agent: JSON.stringify(sent.actor) })).json<{
      statements: unknown[];
    }>();
    expect(listed.statements).toEqual([]);
    // The same id in the other organisation is a different statement, not a conflict.
    expect((await theirs.putStatement(id!, statement())).statusCode).toBe(204);
    expect((await ours.getStatements({ statementId: id! })).json()).toMatchObject({ object: sent.object });

    const query = {
      activityId: 'https://content.example/activities/private',
      agent: JSON.stringify(sent.actor),
      stateId: 'progress',
    };
    await ours.request('PUT', '/activities/state', { query, json: { secret: true } });
    expect((await theirs.request('GET', '/activities/state', { query })).statusCode).toBe(404);
    const { stateId: _stateId, ...withoutId } = query;
    expect((await theirs.request('GET', '/activities/state', { query: withoutId })).json()).toEqual([]);
    const activity = await theirs.request('GET', '/activities', { query: { activityId: sent.object.id } });
    expect(activity.json()).toEqual({ objectType: 'Activity', id: sent.object.id });
  });
});
