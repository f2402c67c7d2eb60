import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../../test/test-app.ts';
import { filledReview, talentOrganisation } from './talent.fixtures.ts';

// A round from opening to outcomes: review with live figures, calibration with a reason, sign-off lock,
// proposals the person accepts into their plan, succession, export, and the own-review setting.
const { app, db } = await startTestApp();
let t: Awaited<ReturnType<typeof talentOrganisation>>;
const url = (path: string) => `/api/v1/talent${path}`;

beforeAll(async () => {
  t = await talentOrganisation(app, db);
});

describe('talent review round', () => {
  it('opens for the managers of Zorg Noord with the manager’s manager as reviewer', async () => {
    const round = (await t.org.as.hrAdmin.get(url(`/rounds/${t.roundId}`))).json<{
      grid: { name: string; reviewerName: string | null }[];
      questions: { id: string }[];
    }>();
    expect(round.grid.map((row) => row.name.split(' ')[0]).sort()).toEqual(['Bas', 'Tess']);
    expect(round.grid.every((row) => row.reviewerName?.startsWith('Dirk'))).toBe(true);
    expect(round.questions.map((q) => q.id)).toEqual(['mission', 'develops-people', 'own-development']);
    expect((await t.as.director.get(url('/rounds'))).json<{ id: string }[]>().map((r) => r.id)).toContain(
      t.roundId,
    );
  });

  it('shows the live figures next to the manager criteria', async () => {
    const review = (await t.as.director.get(url(`/reviews/${t.reviewId}`))).json<{
      figures: { reports: number; plansAgreed: number; conversationsHeld: number };
    }>();
    expect(review.figures).toMatchObject({ reports: 1, plansAgreed: 0, conversationsHeld: 0 });
  });

  it('refuses bad input naming the field and changes nothing', async () => {
    const unknown = await t.as.director.put(url(`/reviews/${t.reviewId}`), {
      ...filledReview(),
      answers: { nope: 'x' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('answers.nope');
    const half = await t.as.director.put(url(`/reviews/${t.reviewId}`), {
      ...filledReview(),
      potential: null,
    });
    expect(half.statusCode).toBe(400);
    const role = await t.as.director.put(url(`/reviews/${t.reviewId}`), {
      ...filledReview(),
      nextRoleId: t.org.organisation.id,
    });
    expect(role.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('nextRoleId');
    const review = (await t.as.director.get(url(`/reviews/${t.reviewId}`))).json<{ performance: null }>();
    expect(review.performance).toBeNull();
  });

  it('the reviewer fills in, a participant moves with a reason, and the history is kept', async () => {
    const saved = await t.as.director.put(url(`/reviews/${t.reviewId}`), filledReview(t.roleId));
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ performance: 2, potential: 3, nextRole: { title: 'Regiomanager' } });
    await t.as.director.put(url(`/reviews/${t.review2Id}`), { ...filledReview(), actions: [] });
    const noReason = await t.as.area.post(url(`/reviews/${t.reviewId}/move`), {
      performance: 3,
      potential: 3,
    });
    expect(noReason.statusCode).toBe(400);
    const moved = await t.as.area.post(url(`/reviews/${t.reviewId}/move`), {
      performance: 3,
      potential: 3,
      reason: 'Haalde alle teamdoelen ruim.',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      performance: 3,
      moves: [{ fromPerformance: 2, toPerformance: 3, reason: 'Haalde alle teamdoelen ruim.' }],
    });
    expect((await t.as.area.put(url(`/reviews/${t.reviewId}`), filledReview())).statusCode).toBe(403);
  });

  it('signs off (HR only), locks every change until reopened, and proposes actions once', async () => {
    expect((await t.as.director.post(url(`/rounds/${t.roundId}/sign-off`))).statusCode).toBe(403);
    expect((await t.org.as.hrAdmin.post(url(`/rounds/${t.roundId}/sign-off`))).statusCode).toBe(200);
    const put = await t.as.director.put(url(`/reviews/${t.reviewId}`), filledReview(t.roleId));
    expect(put.statusCode).toBe(409);
    expect(put.json<{ code: string }>().code).toBe('talent_round_signed');
    const move = await t.as.area.post(url(`/reviews/${t.reviewId}/move`), {
      performance: 1,
      potential: 1,
      reason: 'x',
    });
    expect(move.statusCode).toBe(409);
    expect((await t.as.director.get(url(`/reviews/${t.reviewId}`))).json()).toMatchObject({
      performance: 3,
      isLocked: true,
      canEdit: false,
    });
    expect(
      (await t.org.as.hrAdmin.post(url(`/rounds/${t.roundId}/reopen`), { reason: 'Nieuwe info' })).statusCode,
    ).toBe(200);
    expect(
      (await t.as.director.put(url(`/reviews/${t.reviewId}`), { ...filledReview(t.roleId), performance: 3 }))
        .statusCode,
    ).toBe(200);
    expect((await t.org.as.hrAdmin.post(url(`/rounds/${t.roundId}/sign-off`))).statusCode).toBe(200);
    const mine = (await t.as.leader.get(url('/me'))).json<{ proposals: { title: string }[]; reviews: [] }>();
    expect(mine.proposals.map((p) => p.title)).toEqual(['Leiderschapstraject volgen']);
    expect(mine.reviews).toEqual([]);
  });

  it('the person accepts a proposed action and it appears in their plan', async () => {
    const [proposal] = (await t.as.leader.get(url('/me'))).json<{ proposals: { id: string }[] }>().proposals;
    expect((await t.as.director.post(url(`/proposals/${proposal!.id}/accept`))).statusCode).toBe(404);
    const accepted = await t.as.leader.post(url(`/proposals/${proposal!.id}/accept`));
    expect(accepted.json()).toMatchObject({ proposals: [{ status: 'accepted' }] });
    const plan = (await t.as.leader.get('/api/v1/plans/mine')).json<{
      plan: { actions: { title: string; source: string }[] };
    }>();
    expect(plan.plan.actions).toContainEqual(
      expect.objectContaining({ title: 'Leiderschapstraject volgen', source: 'talent_review' }),
    );
    expect((await t.as.leader.post(url(`/proposals/${proposal!.id}/accept`))).statusCode).toBe(409);
  });

  it('shows a person of their own review only what the organisation allows', async () => {
    await t.org.as.hrAdmin.put(url('/settings'), { ownReviewVisibility: 'advice' });
    const advice = (await t.as.leader.get(url('/me'))).json<{ reviews: unknown[] }>();
    expect(advice.reviews).toEqual([
      expect.objectContaining({ advice: 'Geheim advies: leiderschapstraject volgen.', performance: null }),
    ]);
    await t.org.as.hrAdmin.put(url('/settings'), { ownReviewVisibility: 'everything' });
    expect((await t.as.leader.get(url('/me'))).json()).toMatchObject({
      reviews: [{ performance: 3, potential: 3 }],
    });
    await t.org.as.hrAdmin.put(url('/settings'), { ownReviewVisibility: 'nothing' });
  });

  it('lists succession candidates per job role and exports the round for HR', async () => {
    const succession = (await t.org.as.hrAdmin.get(url('/succession'))).json<
      { title: string; candidates: { name: string }[] }[]
    >();
    expect(succession).toEqual([
      expect.objectContaining({
        title: 'Regiomanager',
        candidates: [expect.objectContaining({ readiness: 'ready_later' })],
      }),
    ]);
    const csv = await t.org.as.hrAdmin.get(url(`/rounds/${t.roundId}/export?format=csv`));
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Tess');
    const xlsx = await t.org.as.hrAdmin.get(url(`/rounds/${t.roundId}/export?format=xlsx`));
    expect(xlsx.statusCode).toBe(200);
    expect((await t.as.director.get(url(`/rounds/${t.roundId}/export`))).statusCode).toBe(403);
  });

  it('assigns a path only when it exists', async () => {
    const response = await t.org.as.hrAdmin.post(url(`/rounds/${t.roundId}/assign-path`), {
      boxes: [{ performance: 3, potential: 3 }],
      pathId: t.roleId,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('pathId');
  });

  it('never writes review content into the audit log', async () => {
    const rows = await db
      .selectFrom('events')
      .select(['action', 'changes'])
      .where('organisation_id', '=', t.org.organisation.id)
      .where('action', 'like', 'talent%')
      .execute();
    expect(rows.length).toBeGreaterThan(5);
    const text = JSON.stringify(rows);
    for (const secret of [
      'Geheim advies',
      'teamdoelen',
      'Draagt de visie',
      'medium',
      'ready_later',
      'Nieuwe info',
    ])
      expect(text).not.toContain(secret);
  });
});
