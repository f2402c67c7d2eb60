import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, signInAs, startTestApp, testPassword } from '../../test/test-app.ts';
import { article, uploadFile } from '../catalogue/catalogue.fixtures.ts';
import { samplePdf } from '../files/media.samples.ts';

// The knowledge space as colleagues use it: share, learn from an item, ask and answer, find by words,
// and moderation that really makes a hidden post disappear.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let organisationSpace: string;
let unitSpace: string;

type Post = {
  id: string;
  title: string;
  bodyHtml: string;
  kind: string;
  learned: { id: string; title: string } | null;
  appliedText: string | null;
  comments: { id: string; bodyHtml: string; isBestAnswer: boolean }[];
  bestCommentId: string | null;
  hidden: { reason: string } | null;
  reactions: { like: number; thanks: number; insightful: number };
  myReactions: string[];
  isSaved: boolean;
  canMarkBestAnswer: boolean;
};
type Page = { items: Post[]; hasMore: boolean };

const post = async (client = org.as.employee, body: Record<string, unknown> = {}) => {
  const response = await client.post('/api/v1/knowledge/posts', {
    spaceId: organisationSpace,
    kind: 'tip',
    title: 'Een tip',
    bodyHtml: '<p>Tip</p>',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ post: Post; wasSanitised: boolean }>();
};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const spaces = (await org.as.employee.get('/api/v1/knowledge/spaces')).json<
    { id: string; kind: string; name: string; canPost: boolean }[]
  >();
  organisationSpace = spaces.find((space) => space.kind === 'organisation')!.id;
  unitSpace = spaces.find((space) => space.kind === 'unit')!.id;
});

describe('spaces', () => {
  it('are the whole organisation and one per unit, named in the reader’s language, mine first', async () => {
    const spaces = (await org.as.employee.get('/api/v1/knowledge/spaces')).json<
      { kind: string; name: string; canPost: boolean }[]
    >();
    expect(spaces.slice(0, 2).map((space) => [space.kind, space.name, space.canPost])).toEqual([
      ['organisation', 'Hele organisatie', true],
      ['unit', 'Team Noord', true],
    ]);
    // Asking again makes no second organisation space.
    expect((await org.as.manager.get('/api/v1/knowledge/spaces')).json<unknown[]>()).toHaveLength(
      spaces.length,
    );
  });

  it('only the unit’s people (and moderators) post in a unit space; ambassadors open topic spaces', async () => {
    const outsider = await buildPerson(db, org.organisation.id, {
      password: testPassword,
      givenName: 'Oscar',
    });
    const asOutsider = await signInAs(app, outsider);
    const refused = await asOutsider.post('/api/v1/knowledge/posts', {
      spaceId: unitSpace,
      kind: 'tip',
      title: 'Niet van dit team',
    });
    expect(refused.statusCode).toBe(403);
    expect(
      (await org.as.employee.get(`/api/v1/knowledge/posts?spaceId=${unitSpace}`)).json<Page>().items,
    ).toEqual([]);

    expect((await org.as.employee.post('/api/v1/knowledge/spaces', { name: 'Wondzorg' })).statusCode).toBe(
      403,
    );
    const ambassador = await buildPerson(db, org.organisation.id, {
      password: testPassword,
      givenName: 'Amira',
      roles: ['ambassador'],
    });
    const topic = await (await signInAs(app, ambassador)).post('/api/v1/knowledge/spaces', {
      name: 'Wondzorg',
      description: 'Alles over wonden',
    });
    expect(topic.statusCode).toBe(201);
    expect(topic.json()).toMatchObject({ kind: 'topic', name: 'Wondzorg', canPost: true, posts: 0 });
  });
});

describe('posts', () => {
  it('keep formatting but never a script, and say something was removed', async () => {
    const { post: shared, wasSanitised } = await post(org.as.employee, {
      title: 'Handig bij de overdracht',
      bodyHtml: '<p>Gebruik <strong>SBAR</strong><script>alert(1)</script><img src=x onerror="alert(2)"></p>',
    });
    expect(wasSanitised).toBe(true);
    expect(shared.bodyHtml).toBe('<p>Gebruik <strong>SBAR</strong></p>');
    const read = (await org.as.manager.get(`/api/v1/knowledge/posts/${shared.id}`)).json<Post>();
    expect(read.bodyHtml).not.toContain('script');
    expect(read.bodyHtml).not.toContain('onerror');
  });

  it('a resource needs a link; "learned" needs learning I finished, and shows on the item', async () => {
    const noLink = await org.as.employee.post('/api/v1/knowledge/posts', {
      spaceId: organisationSpace,
      kind: 'resource',
      title: 'Een bron',
    });
    expect(noLink.statusCode).toBe(400);
    expect(noLink.json().errors[0].field).toBe('linkUrl');

    const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Valpreventie'))).json<{
      id: string;
    }>();
    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
    const learned = { learned: { kind: 'content', id: item.id } };
    const early = await org.as.employee.post('/api/v1/knowledge/posts', {
      spaceId: organisationSpace,
      kind: 'learned',
      title: 'Wat ik leerde',
      ...learned,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0]).toMatchObject({ field: 'learned.id', code: 'notFinished' });

    await org.as.employee.post('/api/v1/learning/enrolments', { type: 'content', id: item.id });
    expect((await org.as.employee.post(`/api/v1/learning/items/${item.id}/done`, {})).statusCode).toBe(200);
    const { post: shared } = await post(org.as.employee, {
      kind: 'learned',
      title: 'Minder vallen op de afdeling',
      bodyHtml: '<p>Ik kijk nu eerst naar schoeisel.</p>',
      appliedText: 'Bij elke nieuwe cliënt loop ik de valrisico-lijst na.',
      ...learned,
    });
    expect(shared.learned).toMatchObject({ id: item.id, title: 'Valpreventie' });

    const onItem = (await org.as.manager.get(`/api/v1/knowledge/posts?itemId=${item.id}`)).json<Page>();
    expect(onItem.items.map((p) => [p.title, p.appliedText])).toEqual([
      ['Minder vallen op de afdeling', 'Bij elke nieuwe cliënt loop ik de valrisico-lijst na.'],
    ]);
  });

  it('a question gets answers; the asker is told, marks the best one, and only the asker may', async () => {
    const { post: question } = await post(org.as.employee, {
      kind: 'question',
      title: 'Hoe plan ik een MIC-melding in?',
    });
    const answered = await org.as.manager.post(`/api/v1/knowledge/posts/${question.id}/comments`, {
      bodyHtml: '<p>Via het intranet, onder Kwaliteit.</p>',
    });
    expect(answered.statusCode).toBe(201);
    const answer = answered.json<Post>().comments[0]!;
    const bell = (await org.as.employee.get('/api/v1/notifications')).json<{ items: { title: string }[] }>();
    expect(bell.items.map((n) => n.title)).toContain(
      'Nieuw antwoord op je vraag "Hoe plan ik een MIC-melding in?"',
    );

    const byOther = await org.as.manager.post(`/api/v1/knowledge/posts/${question.id}/best-answer`, {
      commentId: answer.id,
    });
    expect(byOther.statusCode).toBe(403);
    const marked = await org.as.employee.post(`/api/v1/knowledge/posts/${question.id}/best-answer`, {
      commentId: answer.id,
    });
    expect(marked.statusCode).toBe(200);
    expect(marked.json<Post>()).toMatchObject({ bestCommentId: answer.id, canMarkBestAnswer: true });
    expect(marked.json<Post>().comments[0]!.isBestAnswer).toBe(true);
  });

  it('reactions and saves are mine; saved posts are listed for me only', async () => {
    const { post: tip } = await post(org.as.manager, { title: 'Bewaar mij' });
    const reacted = await org.as.employee.post(`/api/v1/knowledge/posts/${tip.id}/reactions`, {
      reaction: 'thanks',
      isOn: true,
    });
    expect(reacted.json<Post>()).toMatchObject({ reactions: { thanks: 1 }, myReactions: ['thanks'] });
    await org.as.employee.post(`/api/v1/knowledge/posts/${tip.id}/save`, { isSaved: true });
    const saved = (await org.as.employee.get('/api/v1/knowledge/posts?saved=true')).json<Page>();
    expect(saved.items.map((p) => p.title)).toEqual(['Bewaar mij']);
    expect((await org.as.manager.get('/api/v1/knowledge/posts?saved=true')).json<Page>().items).toEqual([]);
  });

  it('mentions notify the colleague', async () => {
    await post(org.as.employee, { title: 'Vraag aan Hanna', mentionIds: [org.people.hrAdmin.id] });
    const bell = (await org.as.hrAdmin.get('/api/v1/notifications')).json<{ items: { title: string }[] }>();
    expect(bell.items.some((n) => n.title.includes('noemt je in "Vraag aan Hanna"'))).toBe(true);
  });

  it('search finds posts by words in Dutch and English, stemmed', async () => {
    await post(org.as.employee, {
      title: 'Feedback aan leidinggevenden',
      bodyHtml: '<p>Zo pak je dat aan.</p>',
    });
    await post(org.as.employee, {
      title: 'Handover tips',
      language: 'en',
      bodyHtml: '<p>Writing clear handovers saves time.</p>',
    });
    const dutch = (await org.as.manager.get('/api/v1/knowledge/posts?q=leidinggevende')).json<Page>();
    expect(dutch.items.map((p) => p.title)).toEqual(['Feedback aan leidinggevenden']);
    const english = (await org.as.manager.get('/api/v1/knowledge/posts?q=handover')).json<Page>();
    expect(english.items.map((p) => p.title)).toEqual(['Handover tips']);
  });
});

describe('moderation', () => {
  it('a hidden post is gone for everyone but moderators, through every endpoint, until restored', async () => {
    const { post: bad } = await post(org.as.employee, {
      kind: 'question',
      title: 'Ongepaste grap over collega',
      bodyHtml: '<p>grap</p>',
    });
    expect(
      (await org.as.manager.post(`/api/v1/knowledge/posts/${bad.id}/report`, { reason: 'Kwetsend' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await org.as.employee.post(`/api/v1/knowledge/posts/${bad.id}/hide`, { reason: 'x' })).statusCode,
    ).toBe(403);
    const hidden = await org.as.ldAdmin.post(`/api/v1/knowledge/posts/${bad.id}/hide`, {
      reason: 'Kwetsend voor een collega',
    });
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json<Post>().hidden).toMatchObject({ reason: 'Kwetsend voor een collega' });
    expect(
      (await org.as.ldAdmin.post(`/api/v1/knowledge/posts/${bad.id}/hide`, { reason: 'nog eens' }))
        .statusCode,
    ).toBe(409);

    for (const client of [org.as.employee, org.as.manager]) {
      expect((await client.get(`/api/v1/knowledge/posts/${bad.id}`)).statusCode).toBe(404);
      for (const query of [
        '',
        '?q=grap',
        `?spaceId=${organisationSpace}`,
        '?kind=question',
        `?authorId=${org.people.employee.id}`,
      ])
        expect(
          (await client.get(`/api/v1/knowledge/posts${query}`)).json<Page>().items.map((p) => p.id),
        ).not.toContain(bad.id);
      expect((await client.get('/api/v1/knowledge/feed')).json<Post[]>().map((p) => p.id)).not.toContain(
        bad.id,
      );
      for (const [path, body] of [
        ['comments', { bodyHtml: '<p>ha</p>' }],
        ['reactions', { reaction: 'like', isOn: true }],
        ['save', { isSaved: true }],
        ['report', { reason: 'nog erger' }],
        ['best-answer', { commentId: null }],
      ] as const)
        expect((await client.post(`/api/v1/knowledge/posts/${bad.id}/${path}`, body)).statusCode).toBe(404);
      expect((await client.request('DELETE', `/api/v1/knowledge/posts/${bad.id}`)).statusCode).toBe(404);
    }
    const teamMoment = (await org.as.manager.get('/api/v1/team-moment')).json<{ posts: Post[] }>();
    expect(teamMoment.posts.map((p) => p.id)).not.toContain(bad.id);
    // Moderators still see it, marked hidden, and the report is dealt with.
    expect(
      (await org.as.ldAdmin.get(`/api/v1/knowledge/posts/${bad.id}`)).json<Post>().hidden,
    ).not.toBeNull();
    expect(
      (await org.as.ldAdmin.get('/api/v1/knowledge/reports'))
        .json<{ post: { id: string } }[]>()
        .map((r) => r.post.id),
    ).not.toContain(bad.id);

    const restored = await org.as.hrAdmin.post(`/api/v1/knowledge/posts/${bad.id}/restore`, {
      reason: 'Na gesprek aangepast',
    });
    expect(restored.statusCode).toBe(200);
    expect((await org.as.employee.get(`/api/v1/knowledge/posts/${bad.id}`)).statusCode).toBe(200);
    const audit = (await org.as.owner.get(`/api/v1/events?subjectId=${bad.id}`)).json<{
      items: { action: string }[];
    }>();
    expect(audit.items.map((event) => event.action)).toEqual(
      expect.arrayContaining(['knowledge_post.reported', 'knowledge_post.hidden', 'knowledge_post.restored']),
    );
  });

  it('a resource’s file is uploaded by anyone, refused when not a PDF or image, and hidden with its post', async () => {
    const upload = (
      client: typeof org.as.employee,
      purpose: string,
      name: string,
      content: string | Buffer,
    ) => uploadFile(client, purpose, name, content, '/api/v1/knowledge/files');
    const notPdf = await upload(org.as.employee, 'document', 'rooster.pdf', 'geen pdf');
    expect(notPdf.statusCode).toBe(415);
    const stored = await upload(
      org.as.employee,
      'document',
      'checklist.pdf',
      await samplePdf('Checklist', ['Stap 1']),
    );
    expect(stored.statusCode, stored.body).toBe(201);
    const file = stored.json<{ id: string; name: string }>();
    expect(file.name).toBe('checklist.pdf');
    const { post: resource } = await post(org.as.employee, {
      kind: 'resource',
      title: 'Checklist overdracht',
      fileId: file.id,
    });
    expect((await org.as.manager.get(`/api/v1/files/${file.id}`)).statusCode).toBe(200);

    await org.as.ldAdmin.post(`/api/v1/knowledge/posts/${resource.id}/hide`, {
      reason: 'Bevat patiëntgegevens',
    });
    // The colleague no longer gets the file; the author and moderators still do.
    expect((await org.as.manager.get(`/api/v1/files/${file.id}`)).statusCode).toBe(404);
    expect((await org.as.employee.get(`/api/v1/files/${file.id}`)).statusCode).toBe(200);
    expect((await org.as.ldAdmin.get(`/api/v1/files/${file.id}`)).statusCode).toBe(200);
    await org.as.ldAdmin.post(`/api/v1/knowledge/posts/${resource.id}/restore`, {
      reason: 'Gegevens verwijderd',
    });
    expect((await org.as.manager.get(`/api/v1/files/${file.id}`)).statusCode).toBe(200);
  });

  it('reports are for moderators', async () => {
    expect((await org.as.employee.get('/api/v1/knowledge/reports')).statusCode).toBe(403);
  });
});

describe('team moment', () => {
  it('the manager sees the team’s learning and asks one question; the team answers', async () => {
    expect((await org.as.employee.get('/api/v1/team-moment')).statusCode).toBe(403);
    const view = (await org.as.manager.get('/api/v1/team-moment')).json<{
      team: { name: string }[];
      completions: { title: string }[];
      posts: Post[];
    }>();
    expect(view.completions.map((c) => c.title)).toContain('Valpreventie');
    expect(view.posts.map((p) => p.title)).toContain('Minder vallen op de afdeling');

    const asked = await org.as.manager.post('/api/v1/team-moment/questions', {});
    expect(asked.statusCode).toBe(201);
    const mine = (await org.as.employee.get('/api/v1/team-moment/questions/mine')).json<
      { id: string; question: string }[]
    >();
    expect(mine[0]!.question).toBe('Deel één ding dat je deze week leerde');
    const answer = await org.as.employee.post(`/api/v1/team-moment/questions/${mine[0]!.id}/answer`, {
      answer: 'Dat SBAR de overdracht korter maakt.',
    });
    expect(answer.json()).toMatchObject({ myAnswer: 'Dat SBAR de overdracht korter maakt.' });
    // Someone outside the team cannot answer.
    expect(
      (await org.as.hrAdmin.post(`/api/v1/team-moment/questions/${mine[0]!.id}/answer`, { answer: 'ik ook' }))
        .statusCode,
    ).toBe(404);
    const after = (await org.as.manager.get('/api/v1/team-moment')).json<{
      questions: { answers: { answer: string }[] }[];
    }>();
    expect(after.questions[0]!.answers.map((a) => a.answer)).toEqual([
      'Dat SBAR de overdracht korter maakt.',
    ]);
  });
});
