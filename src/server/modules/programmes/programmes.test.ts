import ical, { type VEvent } from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, signInAs, startTestApp, testPassword } from '../../test/test-app.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

type Session = {
  id: string;
  eventSessionId: string;
  title: string;
  seats: number;
  seatsTaken: number;
  waitlistLength: number;
  inMySchedule: boolean;
  clashesWith: string[];
  myRegistration: { status: string; waitlistPosition: number | null } | null;
};
type Programme = {
  id: string;
  tracks: { id: string; name: string }[];
  sessions: Session[];
  clashCount: number;
  isOver: boolean;
  materials: { title: string; sessionId: string | null }[];
};

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number, time: string) => `${day(offset)}T${time}:00+01:00`;
const parse = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');

let programme: Programme;
const byTitle = (p: Programme, title: string) => p.sessions.find((s) => s.title === title)!;
const load = async (client = org.as.employee) =>
  (await client.get(`/api/v1/programmes/${programme.id}`)).json<Programme>();

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const created = await org.as.ldAdmin.post('/api/v1/programmes', {
    title: 'Groeiweek',
    summary: 'Een week om te leren',
    startsOn: day(10),
    endsOn: day(14),
    tracks: ['Vakmanschap', 'Samenwerken'],
  });
  programme = created.json<Programme>();
  const [craft, together] = programme.tracks;
  const add = async (body: Record<string, unknown>) => {
    const response = await org.as.ldAdmin.post(`/api/v1/programmes/${programme.id}/sessions`, {
      language: 'nl',
      location: 'De Linde, zaal 1',
      seats: 20,
      ...body,
    });
    expect(response.statusCode).toBe(201);
    return response.json<Programme>();
  };
  await add({
    trackId: craft!.id,
    format: 'talk',
    title: 'Keynote',
    startsAt: at(10, '09:00'),
    endsAt: at(10, '10:00'),
    speakers: [{ name: 'Anouk Jansen', kind: 'external', affiliation: 'Vilans' }],
  });
  await add({
    trackId: together!.id,
    format: 'workshop',
    title: 'Feedback in de praktijk',
    startsAt: at(10, '09:30'),
    endsAt: at(10, '11:00'),
    speakers: [{ name: 'Mila', kind: 'internal', personId: org.people.manager.id }],
  });
  await add({
    trackId: together!.id,
    format: 'panel',
    title: 'Panel: samen leren',
    startsAt: at(10, '10:00'),
    endsAt: at(10, '11:00'),
    seats: 1,
  });
  programme = (
    await org.as.ldAdmin.patch(`/api/v1/programmes/${programme.id}`, { status: 'published' })
  ).json();
});

describe('a growth-week programme', () => {
  it('shows tracks and sessions in time order with speakers and capacity', async () => {
    const view = await load();
    expect(view.tracks.map((t) => t.name)).toEqual(['Vakmanschap', 'Samenwerken']);
    expect(view.sessions.map((s) => s.title)).toEqual([
      'Keynote',
      'Feedback in de praktijk',
      'Panel: samen leren',
    ]);
    expect(byTitle(view, 'Feedback in de praktijk')).toMatchObject({
      seats: 20,
      seatsTaken: 0,
      speakers: [{ name: 'Mila', kind: 'internal', personId: org.people.manager.id }],
    });
  });

  it('sessions are workshops of their own: they show in the workshop list', async () => {
    const workshops = (await org.as.employee.get('/api/v1/workshops')).json<{ title: string }[]>();
    expect(workshops.map((w) => w.title)).toEqual(expect.arrayContaining(['Keynote', 'Panel: samen leren']));
  });

  it('warns about overlapping sessions in my schedule, and lets me keep both', async () => {
    const view = await load();
    const keynote = byTitle(view, 'Keynote');
    const feedback = byTitle(view, 'Feedback in de praktijk');
    const first = await org.as.employee.post(
      `/api/v1/programmes/${programme.id}/sessions/${keynote.id}/join`,
    );
    expect(first.json()).toEqual({ status: 'confirmed', clashesWith: [] });
    // Before joining, the page already says the workshop would clash with the keynote.
    expect(byTitle(await load(), 'Feedback in de praktijk').clashesWith).toEqual([keynote.id]);
    const second = await org.as.employee.post(
      `/api/v1/programmes/${programme.id}/sessions/${feedback.id}/join`,
    );
    expect(second.json()).toEqual({ status: 'confirmed', clashesWith: [keynote.id] });
    const after = await load();
    expect(after.clashCount).toBe(1);
    expect(byTitle(after, 'Keynote')).toMatchObject({
      inMySchedule: true,
      clashesWith: [feedback.id],
      seatsTaken: 1,
    });
    // The panel starts when the keynote ends: it only touches the keynote, but overlaps the workshop.
    expect(byTitle(after, 'Panel: samen leren').clashesWith).toEqual([feedback.id]);
    // Someone else's schedule has no clashes.
    expect((await load(org.as.manager)).clashCount).toBe(0);
  });

  it('leaving a session clears the clash', async () => {
    const feedback = byTitle(await load(), 'Feedback in de praktijk');
    const left = await org.as.employee.post(
      `/api/v1/programmes/${programme.id}/sessions/${feedback.id}/leave`,
    );
    expect(left.statusCode).toBe(204);
    const after = await load();
    expect(after.clashCount).toBe(0);
    expect(byTitle(after, 'Feedback in de praktijk').inMySchedule).toBe(false);
  });

  it('a full session puts me on its waitlist (capacity per session)', async () => {
    const panel = byTitle(await load(), 'Panel: samen leren');
    expect(
      (await org.as.manager.post(`/api/v1/programmes/${programme.id}/sessions/${panel.id}/join`)).json(),
    ).toMatchObject({
      status: 'confirmed',
    });
    const waiting = await org.as.employee.post(
      `/api/v1/programmes/${programme.id}/sessions/${panel.id}/join`,
    );
    expect(waiting.json()).toMatchObject({ status: 'waitlisted' });
    expect(byTitle(await load(), 'Panel: samen leren')).toMatchObject({
      seatsTaken: 1,
      waitlistLength: 1,
      inMySchedule: true,
      myRegistration: { status: 'waitlisted', waitlistPosition: 1 },
    });
  });

  it('gives my schedule as an iCalendar file with the invitations’ UIDs', async () => {
    const view = await load();
    const response = await org.as.employee.get(`/api/v1/programmes/${programme.id}/my-schedule.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const events = parse(response.body);
    expect(events.map((e) => e.summary).sort()).toEqual(['Keynote', 'Panel: samen leren']);
    const keynote = byTitle(view, 'Keynote');
    const entry = events.find((e) => e.summary === 'Keynote')!;
    expect(entry.uid).toBe(`event-session-${keynote.eventSessionId}@groeipad`);
    expect(new Date(entry.start).toISOString()).toBe(new Date(at(10, '09:00')).toISOString());
    // The same UID as the workshop invitation, so a calendar keeps one entry.
    const invitation = await org.as.employee.get(
      `/api/v1/workshops/sessions/${keynote.eventSessionId}/invitation.ics`,
    );
    expect(parse(invitation.body)[0]!.uid).toBe(entry.uid);
  });

  it('someone without sessions gets an empty but valid calendar', async () => {
    const person = await buildPerson(db, org.organisation.id, { givenName: 'Noor', password: testPassword });
    const client = await signInAs(app, person);
    const response = await client.get(`/api/v1/programmes/${programme.id}/my-schedule.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('BEGIN:VCALENDAR');
    expect(parse(response.body)).toEqual([]);
  });

  it('keeps recordings and materials for the recap, per session or for the whole programme', async () => {
    const keynote = byTitle(await load(), 'Keynote');
    await org.as.ldAdmin.post(`/api/v1/programmes/${programme.id}/materials`, {
      kind: 'recording',
      title: 'Opname keynote',
      url: 'https://video.example.org/keynote',
      sessionId: keynote.id,
    });
    await org.as.ldAdmin.post(`/api/v1/programmes/${programme.id}/materials`, {
      kind: 'material',
      title: 'Alle slides',
      url: 'https://files.example.org/slides.pdf',
    });
    const view = await load();
    expect(view.materials).toEqual([
      expect.objectContaining({ title: 'Opname keynote', sessionId: keynote.id }),
      expect.objectContaining({ title: 'Alle slides', sessionId: null }),
    ]);
    expect(view.isOver).toBe(false);
  });

  it('is over (recap time) once its last day has passed', async () => {
    const past = await org.as.ldAdmin.post('/api/v1/programmes', {
      title: 'Groeiweek vorig jaar',
      startsOn: day(-20),
      endsOn: day(-16),
      tracks: ['Alles'],
    });
    expect(past.json<Programme>().isOver).toBe(true);
  });
});
