import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';

// Ambassadors as colleagues meet them: a profile with topics, the directory, collections they curate,
// and reach counted without keeping who. Every route: 400 naming the field, 401, 403, 404, and another
// organisation finds nothing.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let ambassador: Client;
let ambassadorId: string;
let skillId: string;
let itemId: string;
let postId: string;
let collectionId: string;

type Collection = {
  id: string;
  title: string;
  entries: number;
  items: { kind: string; post: { id: string } | null; item: { title: string } | null; note: string }[];
  canEdit: boolean;
};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const person = await buildPerson(db, org.organisation.id, {
    password: testPassword,
    orgUnitId: org.unit.id,
    givenName: 'Aziz',
    roles: ['ambassador'],
  });
  ambassadorId = person.id;
  ambassador = await signInAs(app, person);
  skillId = (
    await org.as.ldAdmin.post('/api/v1/skills', { name: { nl: 'Wondzorg', en: 'Wound care' } })
  ).json<{ id: string }>().id;
  itemId = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Decubitus voorkomen'))).json<{
    id: string;
  }>().id;
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${itemId}/status`, { status: 'published' });
  const spaces = (await ambassador.get('/api/v1/knowledge/spaces')).json<{ id: string; kind: string }[]>();
  const created = await ambassador.post('/api/v1/knowledge/posts', {
    spaceId: spaces.find((space) => space.kind === 'organisation')!.id,
    kind: 'tip',
    title: 'Wisselligging elke twee uur',
  });
  postId = created.json<{ post: { id: string } }>().post.id;
});

describe('profile and directory', () => {
  it('an ambassador writes their profile; L&D sets topics; the directory finds them by topic and words', async () => {
    const saved = await ambassador.put(`/api/v1/ambassadors/${ambassadorId}`, {
      headline: 'Wondzorgverpleegkundige',
      helpsWith: 'Vragen over decubitus en wondverband',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const byLd = await org.as.ldAdmin.put(`/api/v1/ambassadors/${ambassadorId}`, {
      headline: 'Wondzorgverpleegkundige',
      helpsWith: 'Vragen over decubitus en wondverband',
      skillIds: [skillId],
    });
    expect(byLd.statusCode, byLd.body).toBe(200);
    expect(byLd.json().topics).toEqual([{ id: skillId, name: 'Wondzorg' }]);

    const bySkill = (await org.as.employee.get(`/api/v1/ambassadors?skillId=${skillId}`)).json<
      { person: { id: string }; headline: string; posts: number }[]
    >();
    expect(bySkill.map((row) => [row.person.id, row.headline, row.posts])).toEqual([
      [ambassadorId, 'Wondzorgverpleegkundige', 1],
    ]);
    const byWords = (await org.as.employee.get('/api/v1/ambassadors?q=decubitus')).json<unknown[]>();
    expect(byWords).toHaveLength(1);
    expect((await org.as.employee.get('/api/v1/ambassadors?q=tillift')).json()).toEqual([]);
    // Nobody in another organisation is an ambassador here.
    expect((await other.as.employee.get('/api/v1/ambassadors')).json()).toEqual([]);

    const profile = (await org.as.employee.get(`/api/v1/ambassadors/${ambassadorId}`)).json<{
      recentPosts: { title: string }[];
      canEdit: boolean;
      canSeeReach: boolean;
    }>();
    expect(profile.recentPosts.map((row) => row.title)).toEqual(['Wisselligging elke twee uur']);
    expect([profile.canEdit, profile.canSeeReach]).toEqual([false, false]);
  });

  it('refuses: a colleague editing someone’s profile, a non-ambassador, unknown skills, other organisations', async () => {
    const body = { headline: 'x' };
    expect((await org.as.employee.put(`/api/v1/ambassadors/${ambassadorId}`, body)).statusCode).toBe(403);
    expect((await org.as.hrAdmin.put(`/api/v1/ambassadors/${ambassadorId}`, body)).statusCode).toBe(403);
    // Someone without the role has no profile.
    expect((await org.as.employee.get(`/api/v1/ambassadors/${org.people.employee.id}`)).statusCode).toBe(404);
    expect((await org.as.ldAdmin.put(`/api/v1/ambassadors/${org.people.employee.id}`, body)).statusCode).toBe(
      404,
    );
    const unknownSkill = await ambassador.put(`/api/v1/ambassadors/${ambassadorId}`, {
      skillIds: [skillId, crypto.randomUUID()],
    });
    expect(unknownSkill.statusCode).toBe(400);
    expect(unknownSkill.json().errors[0].field).toBe('skillIds.1');
    const tooLong = await ambassador.put(`/api/v1/ambassadors/${ambassadorId}`, {
      headline: 'x'.repeat(161),
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0].field).toBe('headline');
    expect((await ambassador.get('/api/v1/ambassadors/not-a-uuid')).statusCode).toBe(400);
    expect((await other.as.owner.get(`/api/v1/ambassadors/${ambassadorId}`)).statusCode).toBe(404);
    expect((await other.as.owner.put(`/api/v1/ambassadors/${ambassadorId}`, body)).statusCode).toBe(404);
    expect((await org.anonymous.get('/api/v1/ambassadors')).statusCode).toBe(401);
    expect((await org.anonymous.get(`/api/v1/ambassadors/${ambassadorId}`)).statusCode).toBe(401);
    // Nothing changed.
    const profile = (await org.as.employee.get(`/api/v1/ambassadors/${ambassadorId}`)).json();
    expect(profile.headline).toBe('Wondzorgverpleegkundige');
  });
});

describe('collections', () => {
  it('an ambassador curates posts and items; colleagues read it; hidden posts drop out', async () => {
    const created = await ambassador.post('/api/v1/knowledge/collections', {
      title: 'Starten met wondzorg',
      description: 'Wat ik nieuwe collega’s als eerste laat lezen',
      entries: [
        { kind: 'item', id: itemId, note: 'Begin hier' },
        { kind: 'post', id: postId },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    collectionId = created.json<Collection>().id;

    const read = (
      await org.as.employee.get(`/api/v1/knowledge/collections/${collectionId}`)
    ).json<Collection>();
    expect(read.items.map((entry) => [entry.kind, entry.item?.title ?? entry.post?.id, entry.note])).toEqual([
      ['item', 'Decubitus voorkomen', 'Begin hier'],
      ['post', postId, ''],
    ]);
    expect(read.canEdit).toBe(false);
    const mine = (await org.as.employee.get(`/api/v1/knowledge/collections?curatorId=${ambassadorId}`)).json<
      { id: string; entries: number }[]
    >();
    expect(mine).toEqual([expect.objectContaining({ id: collectionId, entries: 2 })]);

    await org.as.hrAdmin.post(`/api/v1/knowledge/posts/${postId}/hide`, { reason: 'Verouderd advies' });
    const afterHide = (
      await org.as.employee.get(`/api/v1/knowledge/collections/${collectionId}`)
    ).json<Collection>();
    expect(afterHide.items.map((entry) => entry.kind)).toEqual(['item']);
    await org.as.hrAdmin.post(`/api/v1/knowledge/posts/${postId}/restore`, { reason: 'Toch juist' });
  });

  it('the curator or L&D changes and removes it; others are refused and nothing changes', async () => {
    const body = { title: 'Wondzorg: de basis', entries: [{ kind: 'post', id: postId }] };
    expect(
      (await org.as.employee.put(`/api/v1/knowledge/collections/${collectionId}`, body)).statusCode,
    ).toBe(403);
    expect((await org.as.hrAdmin.delete(`/api/v1/knowledge/collections/${collectionId}`)).statusCode).toBe(
      403,
    );
    expect((await other.as.owner.put(`/api/v1/knowledge/collections/${collectionId}`, body)).statusCode).toBe(
      404,
    );
    expect((await other.as.owner.get(`/api/v1/knowledge/collections/${collectionId}`)).statusCode).toBe(404);
    expect((await other.as.owner.delete(`/api/v1/knowledge/collections/${collectionId}`)).statusCode).toBe(
      404,
    );
    expect((await org.anonymous.get(`/api/v1/knowledge/collections/${collectionId}`)).statusCode).toBe(401);
    expect(
      (await ambassador.get(`/api/v1/knowledge/collections/${collectionId}`)).json<Collection>().entries,
    ).toBe(2);

    const changed = await ambassador.put(`/api/v1/knowledge/collections/${collectionId}`, body);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<Collection>().title).toBe('Wondzorg: de basis');
    expect(changed.json<Collection>().entries).toBe(1);
    const byLd = await org.as.ldAdmin.put(`/api/v1/knowledge/collections/${collectionId}`, {
      ...body,
      title: 'Wondzorg',
    });
    expect(byLd.statusCode).toBe(200);

    const spare = (
      await org.as.hrAdmin.post('/api/v1/knowledge/collections', { title: 'Weg ermee' })
    ).json<Collection>();
    expect((await org.as.hrAdmin.delete(`/api/v1/knowledge/collections/${spare.id}`)).statusCode).toBe(204);
    expect((await org.as.hrAdmin.get(`/api/v1/knowledge/collections/${spare.id}`)).statusCode).toBe(404);
  });

  it('bad input names the field; only curators create; nothing half-made', async () => {
    const count = async () =>
      (await org.as.employee.get('/api/v1/knowledge/collections')).json<unknown[]>().length;
    const before = await count();
    expect(
      (await org.as.employee.post('/api/v1/knowledge/collections', { title: 'Van mij' })).statusCode,
    ).toBe(403);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'title'],
      [{ title: 'x', entries: [{ kind: 'post', id: crypto.randomUUID() }] }, 'entries.0.id'],
      [
        {
          title: 'x',
          entries: [
            { kind: 'item', id: itemId },
            { kind: 'item', id: itemId },
          ],
        },
        'entries.1.id',
      ],
      [{ title: 'x', entries: [{ kind: 'video', id: itemId }] }, 'entries.0.kind'],
      [{ title: 'x', spaceId: crypto.randomUUID() }, 'spaceId'],
    ];
    for (const [body, field] of cases) {
      const response = await ambassador.post('/api/v1/knowledge/collections', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().errors[0].field).toBe(field);
    }
    // A post of another organisation is not a post here.
    const otherSpaces = (await other.as.employee.get('/api/v1/knowledge/spaces')).json<{ id: string }[]>();
    const otherPost = (
      await other.as.employee.post('/api/v1/knowledge/posts', {
        spaceId: otherSpaces[0]!.id,
        kind: 'tip',
        title: 'Elders',
      })
    ).json<{ post: { id: string } }>().post.id;
    const foreign = await ambassador.post('/api/v1/knowledge/collections', {
      title: 'x',
      entries: [{ kind: 'post', id: otherPost }],
    });
    expect(foreign.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });
});

describe('reach', () => {
  it('counts opens by others (not the owner’s own) and colleagues who engaged, for the ambassador and L&D', async () => {
    type Reach = {
      collections: { id: string; opens: number }[];
      posts: { id: string; opens: number; people: number }[];
      totals: { opens: number; people: number };
    };
    const reach = async (client = ambassador) =>
      (await client.get(`/api/v1/ambassadors/${ambassadorId}/reach`)).json<Reach>();
    const before = await reach();
    await ambassador.get(`/api/v1/knowledge/collections/${collectionId}`);
    await ambassador.get(`/api/v1/knowledge/posts/${postId}`);
    await org.as.employee.get(`/api/v1/knowledge/collections/${collectionId}`);
    await org.as.employee.get(`/api/v1/knowledge/collections/${collectionId}`);
    await org.as.manager.get(`/api/v1/knowledge/posts/${postId}`);
    await org.as.employee.post(`/api/v1/knowledge/posts/${postId}/reactions`, {
      reaction: 'thanks',
      isOn: true,
    });
    await org.as.manager.post(`/api/v1/knowledge/posts/${postId}/save`, { isSaved: true });
    await ambassador.post(`/api/v1/knowledge/posts/${postId}/reactions`, { reaction: 'like', isOn: true });
    const after = await reach();
    const opens = (r: Reach, id: string) =>
      [...r.collections, ...r.posts].find((line) => line.id === id)?.opens ?? 0;
    expect(opens(after, collectionId) - opens(before, collectionId)).toBe(2);
    expect(opens(after, postId) - opens(before, postId)).toBe(1);
    expect(after.posts.find((line) => line.id === postId)?.people).toBe(2);
    expect(after.totals.people).toBe(2);
    expect((await reach(org.as.ldAdmin)).totals).toEqual(after.totals);

    // Nothing in the answer says who.
    expect(JSON.stringify(after)).not.toContain(org.people.employee.id);
    expect((await org.as.employee.get(`/api/v1/ambassadors/${ambassadorId}/reach`)).statusCode).toBe(403);
    expect((await other.as.owner.get(`/api/v1/ambassadors/${ambassadorId}/reach`)).statusCode).toBe(404);
    expect((await org.anonymous.get(`/api/v1/ambassadors/${ambassadorId}/reach`)).statusCode).toBe(401);
    const badDays = await ambassador.get(`/api/v1/ambassadors/${ambassadorId}/reach?days=0`);
    expect(badDays.statusCode).toBe(400);
    expect(badDays.json().errors[0].field).toBe('querystring.days');
  });
});

describe('in the mentor finder', () => {
  it('an ambassador on the skill is offered as a mentor, with their headline; never to themselves', async () => {
    type Mentor = { person: { id: string }; ambassador: { headline: string } | null };
    const found = (await org.as.employee.get(`/api/v1/mentors?skillId=${skillId}`)).json<Mentor[]>();
    expect(found.find((mentor) => mentor.person.id === ambassadorId)?.ambassador).toEqual({
      headline: 'Wondzorgverpleegkundige',
    });
    const own = (await ambassador.get(`/api/v1/mentors?skillId=${skillId}`)).json<Mentor[]>();
    expect(own.map((mentor) => mentor.person.id)).not.toContain(ambassadorId);
    const asked = await org.as.employee.post('/api/v1/mentors/requests', { mentorId: ambassadorId, skillId });
    expect(asked.statusCode, asked.body).toBe(201);
    expect((await other.as.owner.get(`/api/v1/mentors?skillId=${skillId}`)).statusCode).toBe(404);
  });
});

describe('personal data', () => {
  it('“Mijn gegevens” holds the profile and the collections; erasure removes the profile and unnames the collections', async () => {
    const exported = await ambassador.get('/api/v1/privacy/me/export');
    expect(exported.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(exported.rawPayload);
    const rows = async (file: string) =>
      JSON.parse((await zip.file(`knowledge/${file}.json`)?.async('string')) ?? 'null') as Record<
        string,
        unknown
      >[];
    expect(await rows('ambassador-profile')).toEqual([
      expect.objectContaining({ headline: 'Wondzorgverpleegkundige', topicSkillIds: [skillId] }),
    ]);
    expect((await rows('collections')).map((row) => row.id)).toContain(collectionId);
    expect((await rows('collection-entries')).filter((row) => row.collectionId === collectionId)).toEqual([
      expect.objectContaining({ kind: 'post', entryId: postId, note: '' }),
    ]);

    await db
      .updateTable('people')
      .set({ status: 'left', end_date: '2026-01-31' })
      .where('id', '=', ambassadorId)
      .execute();
    const erased = await org.as.hrAdmin.post(`/api/v1/privacy/leavers/${ambassadorId}/erasure`);
    expect(erased.statusCode, erased.body).toBe(200);
    const profiles = await db
      .selectFrom('ambassador_profiles')
      .select('person_id')
      .where('person_id', '=', ambassadorId)
      .execute();
    expect(profiles).toEqual([]);
    const collection = (await org.as.employee.get(`/api/v1/knowledge/collections/${collectionId}`)).json<
      Collection & { curator: unknown }
    >();
    expect(collection.curator).toBeNull();
    expect(collection.title).toBe('Wondzorg');
  });
});
