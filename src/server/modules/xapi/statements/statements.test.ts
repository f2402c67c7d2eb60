import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { forOrganisation } from '../../../db/tenant.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { article } from '../../catalogue/catalogue.fixtures.ts';
import { createLrsCredential, LrsClient, statement } from '../xapi.test-helpers.ts';
import { keysOf } from './statement-keys.ts';
import { storeStatements } from './statements.store.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let lrs: LrsClient;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  lrs = new LrsClient(app, await createLrsCredential(org.as.ldAdmin, ['all']));
});

type Result = { statements: Record<string, unknown>[]; more: string };
const idsOf = (result: Result) => result.statements.map((entry) => entry.id);
const voided = 'http://adlnet.gov/expapi/verbs/voided';

describe('writing statements', () => {
  it('stores a batch, gives ids to statements without one, and sets stored, authority and version', async () => {
    const withId = { ...statement(), id: crypto.randomUUID() };
    const posted = await lrs.postStatements([withId, statement()]);
    expect(posted.statusCode).toBe(200);
    const ids = posted.json<string[]>();
    expect(ids[0]).toBe(withId.id);
    // Ids the store gives are time-ordered UUIDs (version 7), still RFC 4122 variant.
    expect(ids[1]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const read = (await lrs.getStatements({ statementId: ids[1]! })).json<Record<string, unknown>>();
    expect(read).toMatchObject({
      id: ids[1],
      version: '1.0.0',
      authority: { objectType: 'Agent', account: { name: lrs.credential!.key } },
    });
    expect(Date.parse(String(read.stored))).toBeGreaterThan(Date.now() - 60_000);
    expect(read.timestamp).toBe(read.stored);
  });

  it('refuses a whole batch when one statement breaks a rule, naming the statement, field and rule', async () => {
    const good = { ...statement(), id: crypto.randomUUID() };
    const bad = statement({
      actor: { mbox: 'mailto:a@example.test', account: { homePage: 'https://x.example', name: 'a' } },
    });
    const refused = await lrs.postStatements([good, bad]);
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ message: string }>().message).toMatch(
      /^\[1\]\.actor: has mbox and account.*Data 2\.4\.2\.3/,
    );
    expect((await lrs.getStatements({ statementId: good.id })).statusCode).toBe(404);
  });

  it.each([
    ['a verb id without a scheme', statement({ verb: { id: 'completed' } }), 'verb.id'],
    ['a score above max', statement({ result: { score: { raw: 11, min: 0, max: 10 } } }), 'result.score.raw'],
    ['a property the specification does not know', { ...statement(), colour: 'blue' }, 'colour'],
    [
      'a language map with a bad tag',
      statement({ verb: { id: 'http://x.example/v', display: { 'en US': 'x' } } }),
      'verb.display.en US',
    ],
    ['a timestamp in an unknown offset', statement({ timestamp: '2024-01-01T10:00:00-00:00' }), 'timestamp'],
    ['a voiding statement without a StatementRef', statement({ verb: { id: voided } }), 'object'],
  ])('refuses %s', async (_name, sent, field) => {
    const refused = await lrs.postStatements(sent);
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ message: string }>().message.startsWith(`${field}:`)).toBe(true);
  });

  it('takes the same statement twice, and refuses other content under a stored id with 409', async () => {
    const sent = { ...statement(), id: crypto.randomUUID() };
    expect((await lrs.putStatement(sent.id, sent)).statusCode).toBe(204);
    expect((await lrs.putStatement(sent.id, sent)).statusCode).toBe(204);
    expect((await lrs.postStatements([sent, statement()])).statusCode).toBe(200);
    const changed = { ...sent, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } };
    expect((await lrs.putStatement(sent.id, changed)).statusCode).toBe(409);
    expect((await lrs.getStatements({ statementId: sent.id })).json()).toMatchObject({ verb: sent.verb });
  });

  it('needs the version header, and answers with its own', async () => {
    const missing = await lrs.withVersion(null).getStatements();
    expect(missing.statusCode).toBe(400);
    const unknown = await lrs.withVersion('0.95').getStatements();
    expect(unknown.statusCode).toBe(400);
    const v2 = await lrs.withVersion('2.0.0').getStatements({ limit: '1' });
    expect(v2.headers['x-experience-api-version']).toBe('2.0.0');
    const v1 = await lrs.getStatements({ limit: '1' });
    expect(v1.headers['x-experience-api-version']).toBe('1.0.3');
    expect(Date.parse(String(v1.headers['x-experience-api-consistent-through']))).not.toBeNaN();
  });

  it('converts a 2.0 timestamp to UTC and keeps a 1.0.3 one as sent', async () => {
    const v2 = { ...statement(), id: crypto.randomUUID(), timestamp: '2024-05-04T12:00:00.250+02:00' };
    const v1 = { ...statement(), id: crypto.randomUUID(), timestamp: '2024-05-04T12:00:00.250+02:00' };
    await lrs.withVersion('2.0.0').postStatements(v2);
    await lrs.postStatements(v1);
    expect((await lrs.getStatements({ statementId: v2.id })).json()).toMatchObject({
      timestamp: '2024-05-04T10:00:00.250Z',
    });
    expect((await lrs.getStatements({ statementId: v1.id })).json()).toMatchObject({
      timestamp: v1.timestamp,
    });
  });
});

describe('asynchronous commit of ingest', () => {
  it('is set for the writing transaction only, never left on a pooled connection', async () => {
    const prepared = () => {
      const given = { ...statement(), id: crypto.randomUUID() };
      return {
        statement: given,
        keys: keysOf(given),
        credentialId: null,
        catalogue: null,
        hasAttachments: false,
      };
    };
    const options = { newActors: [], activities: [], canDefine: false, asyncCommit: true };
    const setting = sql<{ value: string }>`SELECT current_setting('synchronous_commit') AS value`;
    await db.connection().execute(async (connection) => {
      // Its own statement is its own transaction: the setting ends with it.
      const tenant = forOrganisation(connection, org.organisation.id);
      expect((await storeStatements(tenant, [prepared()], options)).stored).toHaveLength(1);
      expect((await setting.execute(connection)).rows[0]!.value).toBe('on');
      // In a caller's transaction it holds until that transaction ends, and not after.
      await tenant.transaction(async (trx) => {
        await storeStatements(trx, [prepared()], options);
        expect((await setting.execute(trx.executor)).rows[0]!.value).toBe('off');
      });
      expect((await setting.execute(connection)).rows[0]!.value).toBe('on');
      // Groeipad's own events (no asyncCommit) keep synchronous commit.
      await tenant.transaction(async (trx) => {
        await storeStatements(trx, [prepared()], { ...options, asyncCommit: false });
        expect((await setting.execute(trx.executor)).rows[0]!.value).toBe('on');
      });
    });
  });
});

describe('voiding', () => {
  it('hides a voided statement from queries and statementId, and shows it by voidedStatementId', async () => {
    const target = { ...statement(), id: crypto.randomUUID() };
    await lrs.postStatements(target);
    const voiding = statement({
      verb: { id: voided },
      object: { objectType: 'StatementRef', id: target.id },
    });
    const [voidingId] = (await lrs.postStatements(voiding)).json<string[]>();
    expect((await lrs.getStatements({ statementId: target.id })).statusCode).toBe(404);
    expect((await lrs.getStatements({ voidedStatementId: target.id })).json()).toMatchObject({
      id: target.id,
    });
    const byActivity = (await lrs.getStatements({ activity: target.object.id })).json<Result>();
    // The voiding statement points at the statement that matches, so it is found too (Communication 2.1.3).
    expect(idsOf(byActivity)).toEqual([voidingId]);
  });

  it('never voids a voiding statement', async () => {
    const target = { ...statement(), id: crypto.randomUUID() };
    await lrs.postStatements(target);
    const first = {
      ...statement({ verb: { id: voided }, object: { objectType: 'StatementRef', id: target.id } }),
      id: crypto.randomUUID(),
    };
    await lrs.postStatements(first);
    await lrs.postStatements(
      statement({ verb: { id: voided }, object: { objectType: 'StatementRef', id: first.id } }),
    );
    expect((await lrs.getStatements({ statementId: first.id })).statusCode).toBe(200);
  });
});

describe('reading statements', () => {
  it('filters by agent, verb, activity, registration, time, and broadly with related_*', async () => {
    const registration = crypto.randomUUID();
    const agent = { mbox: `mailto:${crypto.randomUUID()}@filter.example` };
    const instructor = { mbox: `mailto:${crypto.randomUUID()}@filter.example` };
    const activityId = `https://content.example/filter/${crypto.randomUUID()}`;
    const parent = `https://content.example/filter/${crypto.randomUUID()}`;
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const [a, b, c] = (
      await lrs.postStatements([
        statement({ actor: agent, context: { registration, instructor } }),
        statement({
          actor: agent,
          verb: { id: 'http://adlnet.gov/expapi/verbs/passed' },
          object: { id: activityId },
          context: { contextActivities: { parent: { id: parent } } },
        }),
        statement({ object: { id: activityId } }),
      ])
    ).json<string[]>();
    // The agent as the object of someone else's statement is found too, in store order with the rest.
    const [d] = (
      await lrs.postStatements([
        statement({
          verb: { id: 'http://adlnet.gov/expapi/verbs/mentored' },
          object: { objectType: 'Agent', ...agent },
        }),
      ])
    ).json<string[]>();
    const get = async (query: Record<string, string>) =>
      idsOf((await lrs.getStatements(query)).json<Result>());
    expect(await get({ agent: JSON.stringify(agent) })).toEqual([d, b, a]);
    const firstPage = (await lrs.getStatements({ agent: JSON.stringify(agent), limit: '2' })).json<Result>();
    expect(idsOf(firstPage)).toEqual([d, b]);
    const more = new URL(firstPage.more, 'http://x').searchParams.get('more')!;
    expect(idsOf((await lrs.getStatements({ more })).json<Result>())).toEqual([a]);
    expect(
      await get({ agent: JSON.stringify(agent), verb: 'http://adlnet.gov/expapi/verbs/passed' }),
    ).toEqual([b]);
    expect(await get({ activity: activityId })).toEqual([c, b]);
    expect(await get({ registration })).toEqual([a]);
    expect(await get({ agent: JSON.stringify(instructor) })).toEqual([]);
    expect(await get({ agent: JSON.stringify(instructor), related_agents: 'true' })).toEqual([a]);
    expect(await get({ activity: parent })).toEqual([]);
    expect(await get({ activity: parent, related_activities: 'true' })).toEqual([b]);
    const all = (await lrs.getStatements({ agent: JSON.stringify(agent), ascending: 'true' })).json<Result>();
    expect(idsOf(all)).toEqual([a, b, d]);
    const stored = String(all.statements[0]!.stored);
    expect(await get({ agent: JSON.stringify(agent), since: before })).toEqual([d, b, a]);
    expect(await get({ agent: JSON.stringify(agent), until: before })).toEqual([]);
    expect(await get({ agent: JSON.stringify(agent), until: stored, since: before })).toContain(a);
  });

  it('finds an agent once as actor and object, and the statements that point at theirs, in store order', async () => {
    const agent = { mbox: `mailto:${crypto.randomUUID()}@refs.example` };
    const other = { mbox: `mailto:${crypto.randomUUID()}@refs.example` };
    const [own, self] = (
      await lrs.postStatements([
        statement({ actor: agent }),
        statement({ actor: agent, object: { objectType: 'Agent', ...agent } }),
      ])
    ).json<string[]>();
    const get = async (query: Record<string, string>) =>
      idsOf((await lrs.getStatements(query)).json<Result>());
    expect(await get({ agent: JSON.stringify(agent) })).toEqual([self, own]);
    // Someone else's statement about the agent's statement matches the agent too (Communication 2.1.3).
    const [pointer] = (
      await lrs.postStatements(
        statement({
          actor: other,
          verb: { id: 'http://adlnet.gov/expapi/verbs/commented' },
          object: { objectType: 'StatementRef', id: own },
        }),
      )
    ).json<string[]>();
    const [later] = (await lrs.postStatements(statement({ actor: agent }))).json<string[]>();
    expect(await get({ agent: JSON.stringify(agent) })).toEqual([later, pointer, self, own]);
    expect(await get({ agent: JSON.stringify(agent), limit: '2' })).toEqual([later, pointer]);
    expect(await get({ agent: JSON.stringify(other) })).toEqual([pointer]);
  });

  it('pages with a stable more link that new statements do not disturb', async () => {
    const registration = crypto.randomUUID();
    const sent = (
      await lrs.postStatements(Array.from({ length: 5 }, () => statement({ context: { registration } })))
    ).json<string[]>();
    const first = (await lrs.getStatements({ registration, limit: '2' })).json<Result>();
    expect(idsOf(first)).toEqual([sent[4], sent[3]]);
    expect(first.more).toMatch(/^\/xapi\/statements\?more=/);
    await lrs.postStatements(statement({ context: { registration } }));
    const url = new URL(first.more, 'http://groeipad.test');
    const second = (await lrs.getStatements(Object.fromEntries(url.searchParams))).json<Result>();
    expect(idsOf(second)).toEqual([sent[2], sent[1]]);
    const third = (
      await lrs.getStatements(Object.fromEntries(new URL(second.more, 'http://groeipad.test').searchParams))
    ).json<Result>();
    expect(idsOf(third)).toEqual([sent[0]]);
    expect(third.more).toBe('');
  });

  it('refuses unknown, differently cased and wrongly combined parameters', async () => {
    expect((await lrs.getStatements({ statementID: crypto.randomUUID() })).statusCode).toBe(400);
    expect(
      (await lrs.getStatements({ statementId: crypto.randomUUID(), verb: 'http://x.example' })).statusCode,
    ).toBe(400);
    expect((await lrs.getStatements({ agent: '{"name":"no identifier"}' })).statusCode).toBe(400);
    expect((await lrs.getStatements({ since: 'yesterday' })).statusCode).toBe(400);
    expect((await lrs.getStatements({ more: 'not-a-cursor' })).statusCode).toBe(400);
  });

  it('gives ids and canonical formats', async () => {
    const sent = {
      ...statement({
        verb: {
          id: 'http://adlnet.gov/expapi/verbs/completed',
          display: { 'en-US': 'completed', 'nl-NL': 'voltooid' },
        },
        object: {
          id: `https://content.example/format/${crypto.randomUUID()}`,
          definition: { name: { 'en-US': 'Hygiene', 'nl-NL': 'Hygiëne' } },
        },
      }),
      id: crypto.randomUUID(),
    };
    await lrs.postStatements(sent);
    const ids = (await lrs.getStatements({ statementId: sent.id, format: 'ids' })).json();
    expect(ids).toMatchObject({
      actor: { objectType: 'Agent', mbox: sent.actor.mbox },
      verb: { id: sent.verb.id },
      object: { id: sent.object.id },
    });
    expect(ids).not.toHaveProperty('actor.name');
    expect(ids).not.toHaveProperty('object.definition');
    const canonical = await lrs.request('GET', '/statements', {
      query: { statementId: sent.id, format: 'canonical' },
      headers: { 'accept-language': 'nl-NL, en;q=0.5' },
    });
    expect(canonical.json()).toMatchObject({
      verb: { display: { 'nl-NL': 'voltooid' } },
      object: { definition: { name: { 'nl-NL': 'Hygiëne' } } },
    });
    expect(canonical.json()).not.toHaveProperty(['verb', 'display', 'en-US']);
  });
});

describe('attachments', () => {
  const boundary = 'grens-123';
  const text = Buffer.from('Handtekening van de deelnemer');
  const sha2 = createHash('sha256').update(text).digest('hex');
  const withAttachment = () => ({
    ...statement(),
    id: crypto.randomUUID(),
    attachments: [
      {
        usageType: 'http://id.tincanapi.com/attachment/supporting_media',
        display: { 'nl-NL': 'Bewijs' },
        contentType: 'text/plain',
        length: text.length,
        sha2,
      },
    ],
  });
  const multipart = (sent: unknown, hash = sha2) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(sent)}\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ${hash}\r\n\r\n`,
      ),
      text,
      Buffer.from(`\r\n--${boundary}--`),
    ]);
  const post = (body: Buffer) =>
    lrs.request('POST', '/statements', {
      body,
      headers: { 'content-type': `multipart/mixed; boundary=${boundary}` },
    });

  it('takes them as multipart/mixed and gives them back with attachments=true', async () => {
    const sent = withAttachment();
    expect((await post(multipart(sent))).statusCode).toBe(200);
    const plain = await lrs.getStatements({ statementId: sent.id });
    expect(plain.headers['content-type']).toMatch(/^application\/json/);
    const withData = await lrs.getStatements({ statementId: sent.id, attachments: 'true' });
    expect(withData.headers['content-type']).toMatch(/^multipart\/mixed; boundary=/);
    expect(withData.body).toContain(`X-Experience-API-Hash: ${sha2}`);
    expect(withData.body).toContain(text.toString());
  });

  it('refuses a part whose bytes do not match its hash, and an attachment sent as plain JSON', async () => {
    const wrong = await post(multipart(withAttachment(), 'a'.repeat(64)));
    expect(wrong.statusCode).toBe(400);
    expect((await lrs.postStatements(withAttachment())).statusCode).toBe(400);
  });
});

describe("Groeipad's own learning events", () => {
  it('are in the same store, readable through /xapi/ with the person as account', async () => {
    const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Eigen leren'))).json<{
      id: string;
    }>();
    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
    expect(
      (
        await org.as.employee.put('/api/v1/learning/ratings', {
          subject: { type: 'content', id: item.id },
          stars: 5,
        })
      ).statusCode,
    ).toBe(204);
    const found = (
      await lrs.getStatements({ activity: `http://groeipad.test/xapi/activities/content/${item.id}` })
    ).json<Result>();
    expect(found.statements).toHaveLength(1);
    expect(found.statements[0]).toMatchObject({
      actor: { account: { name: org.people.employee.id } },
      verb: { id: 'http://id.tincanapi.com/verb/rated' },
      result: { score: { raw: 5 } },
    });
  });
});
