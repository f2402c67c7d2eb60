import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../../factories/factories.ts';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../../test/test-app.ts';
import { article } from '../../catalogue/catalogue.fixtures.ts';
import { createLrsCredential, LrsClient, statement } from '../xapi.test-helpers.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let lrs: LrsClient;

type Actor = {
  agentKey: string;
  name: string | null;
  identifier: { kind: string; value: string };
  person: { id: string; displayName: string } | null;
  matchedBy: string | null;
  statements: number;
};
type ActorPage = { actors: Actor[]; nextCursor: string | null };
type MyLearning = {
  completed: { subjectId: string; percent: number }[];
  inProgress: { subjectId: string; percent: number }[];
};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  lrs = new LrsClient(
    app,
    await createLrsCredential(org.as.ldAdmin, ['statements/write', 'statements/read']),
  );
});

const activityOf = (itemId: string) => `http://groeipad.test/xapi/activities/content/${itemId}`;

async function publishedArticle(title: string, as: Client = org.as.ldAdmin) {
  const item = (await as.post('/api/v1/catalogue/items', article(title))).json<{ id: string }>();
  await as.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
  return item.id;
}

const unmatched = async (as: Client = org.as.ldAdmin, query = '') =>
  (await as.get(`/api/v1/lrs/actors?status=unmatched${query}`)).json<ActorPage>();

describe('statements from outside tools', () => {
  it('link to the person whose e-mail, e-mail hash or account they name, and complete the catalogue item', async () => {
    const byMail = await publishedArticle('Veilig tillen');
    const byHash = await publishedArticle('Omgaan met agressie');
    await org.as.employee.post('/api/v1/learning/enrolments', { type: 'content', id: byMail });
    const sha1 = createHash('sha1').update(`mailto:${org.people.employee.email}`).digest('hex');
    const stored = await lrs.postStatements([
      statement({
        actor: { mbox: `mailto:${org.people.employee.email.toUpperCase()}` },
        object: { id: activityOf(byMail) },
      }),
      statement({
        actor: { mbox_sha1sum: sha1 },
        verb: { id: 'http://adlnet.gov/expapi/verbs/progressed' },
        object: { id: activityOf(byHash) },
        result: { extensions: { 'https://w3id.org/xapi/cmi5/result/extensions/progress': 40 } },
      }),
    ]);
    expect(stored.statusCode).toBe(200);
    const mine = (await org.as.employee.get('/api/v1/learning/mine')).json<MyLearning>();
    expect(mine.completed.map((entry) => entry.subjectId)).toContain(byMail);
    const progress = await db
      .selectFrom('content_progress')
      .select(['content_id', 'percent', 'completed_at'])
      .where('person_id', '=', org.people.employee.id)
      .where('content_id', 'in', [byMail, byHash])
      .execute();
    expect(progress.find((row) => row.content_id === byHash)).toMatchObject({
      percent: 40,
      completed_at: null,
    });
    expect(progress.find((row) => row.content_id === byMail)!.completed_at).not.toBeNull();

    const actors = (await org.as.ldAdmin.get('/api/v1/lrs/actors?status=matched')).json<ActorPage>();
    const matched = actors.actors.filter((actor) => actor.person?.id === org.people.employee.id);
    // Groeipad's own "completed" statement names the person by account.
    expect(matched.map((actor) => actor.matchedBy).sort()).toEqual(['account', 'mbox', 'mbox_sha1sum']);
  });

  it('from someone the organisation does not know are listed as unmatched, and follow a match made by L&D', async () => {
    const itemId = await publishedArticle('Medicatie toedienen');
    await org.as.employee.post('/api/v1/learning/enrolments', { type: 'content', id: itemId });
    await lrs.postStatements([
      statement({
        actor: { name: 'Privé Emre', mbox: 'mailto:emre.prive@mail.example' },
        object: { id: activityOf(itemId) },
      }),
      statement({ actor: { name: 'Privé Emre', mbox: 'mailto:emre.prive@mail.example' } }),
    ]);
    const listed = await unmatched();
    const actor = listed.actors.find((entry) => entry.identifier.value === 'emre.prive@mail.example')!;
    expect(actor).toMatchObject({
      name: 'Privé Emre',
      identifier: { kind: 'mbox' },
      person: null,
      statements: 2,
    });
    const before = (await org.as.employee.get('/api/v1/learning/mine')).json<MyLearning>();
    expect(before.completed.map((entry) => entry.subjectId)).not.toContain(itemId);

    const match = await org.as.ldAdmin.put(`/api/v1/lrs/actors/${actor.agentKey}/person`, {
      personId: org.people.employee.id,
    });
    expect(match.statusCode).toBe(200);
    expect(match.json()).toMatchObject({
      actor: { person: { id: org.people.employee.id }, matchedBy: 'manual' },
      statementsLinked: 2,
    });
    expect((await unmatched()).actors.map((entry) => entry.agentKey)).not.toContain(actor.agentKey);
    const after = (await org.as.employee.get('/api/v1/learning/mine')).json<MyLearning>();
    expect(after.completed.map((entry) => entry.subjectId)).toContain(itemId);
    // New statements of the matched actor go to the person at once.
    await lrs.postStatements([statement({ actor: { mbox: 'mailto:emre.prive@mail.example' } })]);
    const linked = await org.as.ldAdmin.get(`/api/v1/lrs/statements?personId=${org.people.employee.id}`);
    expect(linked.json<{ statements: unknown[] }>().statements.length).toBeGreaterThanOrEqual(3);
    const audit = await db
      .selectFrom('events')
      .select('action')
      .where('subject_id', '=', actor.agentKey)
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['xapi_actor.matched']);

    const undo = await org.as.ldAdmin.put(`/api/v1/lrs/actors/${actor.agentKey}/person`, { personId: null });
    expect(undo.json()).toMatchObject({ actor: { person: null, matchedBy: null }, statementsLinked: 3 });
  });

  it('page the unmatched actors by cursor and find them by name or address', async () => {
    await lrs.postStatements(
      [1, 2, 3].map((n) =>
        statement({ actor: { name: `Gast ${n}`, mbox: `mailto:gast${n}@paging.example` } }),
      ),
    );
    const first = await unmatched(org.as.ldAdmin, '&search=paging.example&limit=2');
    expect(first.actors).toHaveLength(2);
    const second = await unmatched(
      org.as.ldAdmin,
      `&search=paging.example&limit=2&cursor=${first.nextCursor}`,
    );
    expect(second.actors).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.actors, ...second.actors].map((actor) => actor.name)).size).toBe(3);
    const bad = await org.as.ldAdmin.get('/api/v1/lrs/actors?cursor=nonsense');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('cursor');
  });

  it('cannot be matched to a person of another organisation, nor seen or matched from one', async () => {
    await lrs.postStatements([statement({ actor: { mbox: 'mailto:vreemd@tenant.example' } })]);
    const actor = (await unmatched(org.as.ldAdmin, '&search=tenant.example')).actors[0]!;
    const stranger = await buildPerson(db, other.organisation.id, {});
    const wrong = await org.as.ldAdmin.put(`/api/v1/lrs/actors/${actor.agentKey}/person`, {
      personId: stranger.id,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ errors: { field: string; code: string }[] }>().errors[0]).toMatchObject({
      field: 'personId',
      code: 'unknownReference',
    });
    expect((await unmatched(other.as.ldAdmin, '&search=tenant.example')).actors).toEqual([]);
    const fromOther = await other.as.ldAdmin.put(`/api/v1/lrs/actors/${actor.agentKey}/person`, {
      personId: other.people.employee.id,
    });
    expect(fromOther.statusCode).toBe(404);
    expect((await org.as.employee.get('/api/v1/lrs/actors')).statusCode).toBe(403);
  });
});
