import { sql } from 'kysely';
import ical, { type VEvent } from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../core/calendar.ts';
import { buildPerson } from '../../factories/factories.ts';
import { today } from '../../test/calendar.ts';
import { runJob } from '../../test/jobs.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';

// Time learned online (booked from completions, once), a manager's proposed team learning hour, and
// L&D setting the norms.
const { app, db, config } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

type Week = {
  entries: { minutes: number; source: string; description: string | null }[];
  occurrences: { title: string; date: string; startTime: string }[];
  proposals: { id: string; title: string; answer: string; proposedBy: string }[];
};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

describe('time learned online', () => {
  it('a completed item with a duration books its minutes (source progress), once; one without books nothing', async () => {
    const make = async (title: string, durationMinutes: number | null) => {
      const item = (
        await org.as.ldAdmin.post('/api/v1/catalogue/items', {
          kind: 'article',
          durationMinutes,
          versions: [{ language: 'nl', title, bodyHtml: '<p>Lees dit.</p>' }],
        })
      ).json<{ id: string }>();
      await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
      const done = await org.as.employee.post(`/api/v1/learning/items/${item.id}/done`);
      expect(done.statusCode, done.body).toBeLessThan(300);
      return item.id;
    };
    await make('Hygiëne bij wondzorg', 25);
    await make('Zonder duur', null);
    const first = (await runJob('learning-time.progress', { db, config })) as { booked: number };
    expect(first.booked).toBeGreaterThanOrEqual(1);
    const again = (await runJob('learning-time.progress', { db, config })) as { booked: number };
    expect(again.booked).toBe(0);
    const week = (await org.as.employee.get('/api/v1/learning-time/week')).json<Week>();
    expect(week.entries.filter((e) => e.source === 'progress')).toEqual([
      expect.objectContaining({ minutes: 25, description: 'Hygiëne bij wondzorg' }),
    ]);
  });
});

describe('a team learning hour', () => {
  let proposalId: string;
  let colleague: Client;
  const day = addDays(today(), 2);

  beforeAll(async () => {
    const person = await buildPerson(db, org.organisation.id, {
      givenName: 'Joris',
      managerId: org.people.manager.id,
      password: testPassword,
    });
    colleague = await signInAs(app, person);
  });

  it('a manager proposes it; bad input names the field; someone without a team gets 403', async () => {
    const bad = await org.as.manager.post('/api/v1/learning-time/team/proposals', {
      title: 'Leeruur',
      date: day,
      startTime: '15:00',
      endTime: '14:00',
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('endTime');
    const noTeam = await org.as.employee.post('/api/v1/learning-time/team/proposals', {
      title: 'Leeruur',
      date: day,
      startTime: '14:00',
      endTime: '15:00',
    });
    expect(noTeam.statusCode).toBe(403);
    const made = await org.as.manager.post('/api/v1/learning-time/team/proposals', {
      title: 'Teamleeruur: samen de e-learning Medicatieveiligheid',
      date: day,
      startTime: '14:00',
      endTime: '15:00',
    });
    expect(made.statusCode).toBe(201);
    proposalId = made.json<{ id: string }>().id;
    const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM learning_time_proposals
      WHERE organisation_id = ${org.organisation.id}`.execute(db);
    expect(count.rows[0]!.n).toBe(1);
  });

  it('each team member sees it as a proposed block and is told; accepting makes it their own block', async () => {
    const week = (await org.as.employee.get(`/api/v1/learning-time/week?week=${day}`)).json<Week>();
    expect(week.proposals).toEqual([
      expect.objectContaining({
        id: proposalId,
        title: 'Teamleeruur: samen de e-learning Medicatieveiligheid',
        answer: 'open',
      }),
    ]);
    expect(week.occurrences).toEqual([]);
    const bell = (await org.as.employee.get('/api/v1/notifications')).json<{ items: { title: string }[] }>();
    expect(bell.items[0]!.title).toContain('teamleeruur');

    expect(
      (await org.as.employee.post(`/api/v1/learning-time/proposals/${proposalId}/answer`, { accept: 'ja' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await org.as.employee.post(`/api/v1/learning-time/proposals/${proposalId}/answer`, { accept: true }))
        .statusCode,
    ).toBe(204);
    const accepted = (await org.as.employee.get(`/api/v1/learning-time/week?week=${day}`)).json<Week>();
    expect(accepted.occurrences).toEqual([
      expect.objectContaining({
        date: day,
        startTime: '14:00',
        title: expect.stringContaining('Teamleeruur'),
      }),
    ]);
    expect(accepted.proposals[0]!.answer).toBe('accepted');
    // In the personal calendar feed too.
    const feed = (await org.as.employee.post('/api/v1/learning-time/feed')).json<{ url: string }>();
    const ics = await app.inject({ method: 'GET', url: new URL(feed.url).pathname });
    const events = Object.values(ical.sync.parseICS(ics.body)).filter(
      (c): c is VEvent => c?.type === 'VEVENT',
    );
    expect(events.map((e) => String(e.summary))).toEqual([expect.stringContaining('Teamleeruur')]);
    // Changing my mind removes the block.
    await org.as.employee.post(`/api/v1/learning-time/proposals/${proposalId}/answer`, { accept: false });
    expect(
      (await org.as.employee.get(`/api/v1/learning-time/week?week=${day}`)).json<Week>().occurrences,
    ).toEqual([]);
  });

  it('the manager sees the answers counted; outside the team or organisation it is a 404', async () => {
    await colleague.post(`/api/v1/learning-time/proposals/${proposalId}/answer`, { accept: true });
    const team = (await org.as.manager.get(`/api/v1/learning-time/team?week=${day}`)).json<{
      proposals: { id: string; accepted: number; declined: number; open: number }[];
    }>();
    expect(team.proposals).toEqual([expect.objectContaining({ id: proposalId, accepted: 1, declined: 1 })]);
    expect(
      (await org.as.hrAdmin.post(`/api/v1/learning-time/proposals/${proposalId}/answer`, { accept: true }))
        .statusCode,
    ).toBe(404);
    expect(
      (await other.as.owner.post(`/api/v1/learning-time/proposals/${proposalId}/answer`, { accept: true }))
        .statusCode,
    ).toBe(404);
  });
});

describe('norms by L&D', () => {
  it('L&D set the norms as HR do; an employee may not', async () => {
    const set = await org.as.ldAdmin.put('/api/v1/learning-time/norms', {
      norms: [{ scope: 'organisation', minutesPerWeek: 120 }],
    });
    expect(set.statusCode).toBe(200);
    expect((await org.as.ldAdmin.get('/api/v1/learning-time/norms')).json()).toEqual([
      expect.objectContaining({ scope: 'organisation', minutesPerWeek: 120 }),
    ]);
    expect((await org.as.employee.put('/api/v1/learning-time/norms', { norms: [] })).statusCode).toBe(403);
  });
});
