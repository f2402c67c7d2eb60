import { beforeAll, describe, expect, it } from 'vitest';
import { inDays } from '../../test/calendar.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { filledReview, talentOrganisation } from './talent.fixtures.ts';

// HR edits the form of a round before it opens: add, reword, reorder, remove. Until then the round is
// HR's alone; once open (or signed off) the questions are fixed, because answers are stored by them.
const { app, db } = await startTestApp();
let t: Awaited<ReturnType<typeof talentOrganisation>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let draftId: string;
const url = (path: string) => `/api/v1/talent${path}`;
type Round = { openedAt: string | null; questions: { id: string; textNl: string; textEn: string }[] };
type Problem = { code: string; errors: { field: string }[] };
const fieldOf = (body: unknown) => (body as Problem).errors[0]!.field;

const edited = [
  {
    id: 'own-development',
    textNl: 'Hoe groeit deze persoon zelf?',
    textEn: 'How does this person grow?',
    figures: 'own',
  },
  { id: 'mission', textNl: 'Draagt de missie uit?', textEn: 'Carries the mission?', figures: 'none' },
  { id: 'feedback', textNl: 'Vraagt om feedback?', textEn: 'Asks for feedback?', figures: 'none' },
];

beforeAll(async () => {
  t = await talentOrganisation(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const draft = await t.org.as.hrAdmin.post(url('/rounds'), {
    title: 'Vlootschouw in voorbereiding',
    criteria: { unitIds: [t.noord.id], roles: ['manager'] },
    reviewDeadline: inDays(14),
    isDraft: true,
  });
  expect(draft.statusCode).toBe(201);
  draftId = draft.json<{ id: string }>().id;
});

describe('editing the questions of a round before it opens', () => {
  it('a draft is HR’s alone: reviewers neither list nor open it, and nobody fills it in yet', async () => {
    const round = (await t.org.as.hrAdmin.get(url(`/rounds/${draftId}`))).json<
      Round & { grid: { reviewId: string }[] }
    >();
    expect(round.openedAt).toBeNull();
    const listed = (await t.as.director.get(url('/rounds'))).json<{ id: string }[]>().map((r) => r.id);
    expect(listed).toContain(t.roundId);
    expect(listed).not.toContain(draftId);
    expect((await t.as.director.get(url(`/rounds/${draftId}`))).statusCode).toBe(404);
    const reviewId = round.grid[0]!.reviewId;
    expect((await t.as.director.get(url(`/reviews/${reviewId}`))).statusCode).toBe(404);
    const early = await t.org.as.hrAdmin.put(url(`/reviews/${reviewId}`), filledReview());
    expect(early.statusCode).toBe(409);
    expect(early.json<Problem>().code).toBe('talent_round_draft');
    expect((await t.org.as.hrAdmin.post(url(`/rounds/${draftId}/sign-off`))).statusCode).toBe(409);
  });

  it('HR rewords, reorders, adds and removes questions in one go', async () => {
    const saved = await t.org.as.hrAdmin.put(url(`/rounds/${draftId}/questions`), { questions: edited });
    expect(saved.statusCode).toBe(200);
    const round = (await t.org.as.hrAdmin.get(url(`/rounds/${draftId}`))).json<Round>();
    expect(round.questions.map((q) => q.id)).toEqual(['own-development', 'mission', 'feedback']);
    expect(round.questions[0]).toMatchObject({
      textNl: 'Hoe groeit deze persoon zelf?',
      textEn: 'How does this person grow?',
    });
  });

  it('bad input is a 400 naming the field, and nothing changes', async () => {
    const put = (questions: unknown) =>
      t.org.as.hrAdmin.put(url(`/rounds/${draftId}/questions`), { questions });
    const noEnglish = await put([edited[0], { ...edited[1], textEn: ' ' }]);
    expect(noEnglish.statusCode).toBe(400);
    expect(fieldOf(noEnglish.json())).toBe('questions.1.textEn');
    const twice = await put([edited[0], { ...edited[1], id: 'own-development' }]);
    expect(twice.statusCode).toBe(400);
    expect(fieldOf(twice.json())).toBe('questions.1.id');
    const badId = await put([{ ...edited[0], id: 'Met Spaties' }]);
    expect(fieldOf(badId.json())).toBe('questions.0.id');
    const none = await put([]);
    expect(none.statusCode).toBe(400);
    expect(fieldOf(none.json())).toBe('questions');
    const round = (await t.org.as.hrAdmin.get(url(`/rounds/${draftId}`))).json<Round>();
    expect(round.questions.map((q) => q.id)).toEqual(['own-development', 'mission', 'feedback']);
  });

  it('only HR of this organisation edits or opens: 401, 403, 404', async () => {
    const body = { questions: edited.slice(0, 1) };
    expect(
      (await app.inject({ method: 'PUT', url: url(`/rounds/${draftId}/questions`), payload: body }))
        .statusCode,
    ).toBe(401);
    expect((await t.as.director.put(url(`/rounds/${draftId}/questions`), body)).statusCode).toBe(403);
    expect((await t.as.director.post(url(`/rounds/${draftId}/open`))).statusCode).toBe(403);
    expect((await other.as.hrAdmin.put(url(`/rounds/${draftId}/questions`), body)).statusCode).toBe(404);
    expect((await other.as.hrAdmin.post(url(`/rounds/${draftId}/open`))).statusCode).toBe(404);
    expect(
      (await t.org.as.hrAdmin.put(url(`/rounds/${t.org.organisation.id}/questions`), body)).statusCode,
    ).toBe(404);
    const round = (await t.org.as.hrAdmin.get(url(`/rounds/${draftId}`))).json<Round>();
    expect(round).toMatchObject({ openedAt: null });
    expect(round.questions).toHaveLength(3);
  });

  it('once open, reviewers see the edited form and the questions are fixed (409)', async () => {
    const opened = await t.org.as.hrAdmin.post(url(`/rounds/${draftId}/open`));
    expect(opened.statusCode).toBe(200);
    expect(opened.json<Round>().openedAt).not.toBeNull();
    const round = (await t.as.director.get(url(`/rounds/${draftId}`))).json<{
      grid: { reviewId: string }[];
    }>();
    const reviewId = round.grid[0]!.reviewId;
    const review = (await t.as.director.get(url(`/reviews/${reviewId}`))).json<Round>();
    expect(review.questions.map((q) => q.textEn)).toEqual(edited.map((q) => q.textEn));
    const removed = await t.as.director.put(url(`/reviews/${reviewId}`), filledReview());
    expect(removed.statusCode).toBe(400);
    expect(fieldOf(removed.json())).toBe('answers.develops-people');
    const late = await t.org.as.hrAdmin.put(url(`/rounds/${draftId}/questions`), { questions: edited });
    expect(late.statusCode).toBe(409);
    expect(late.json<Problem>().code).toBe('talent_round_open');
    expect((await t.org.as.hrAdmin.post(url(`/rounds/${draftId}/open`))).statusCode).toBe(409);
  });

  it('a signed-off round refuses question changes too', async () => {
    for (const id of [t.reviewId, t.review2Id])
      expect((await t.org.as.hrAdmin.put(url(`/reviews/${id}`), filledReview())).statusCode).toBe(200);
    expect((await t.org.as.hrAdmin.post(url(`/rounds/${t.roundId}/sign-off`))).statusCode).toBe(200);
    const late = await t.org.as.hrAdmin.put(url(`/rounds/${t.roundId}/questions`), { questions: edited });
    expect(late.statusCode).toBe(409);
    expect(late.json<Problem>().code).toBe('talent_round_signed');
  });
});
