import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../test/test-app.ts';

// Every programme endpoint with real ids: another organisation finds nothing, an employee may not
// build, and bad input names its field and changes nothing.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let programmeId: string;
let trackId: string;
let sessionId: string;
let materialId: string;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number, hour: number) => `${day(offset)}T${String(hour).padStart(2, '0')}:00:00+01:00`;
const sessionBody = () => ({
  trackId,
  format: 'talk',
  language: 'nl',
  title: 'Keynote: leren in de zorg',
  startsAt: at(10, 10),
  endsAt: at(10, 11),
  location: 'Grote zaal',
  seats: 40,
  speakers: [{ name: 'Anouk Jansen', kind: 'external', affiliation: 'Hogeschool Utrecht' }],
});
type Call = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: () => string; body?: () => unknown };

const calls: Record<string, Call> = {
  'GET /programmes/:id': { method: 'GET', url: () => `/api/v1/programmes/${programmeId}` },
  'PATCH /programmes/:id': {
    method: 'PATCH',
    url: () => `/api/v1/programmes/${programmeId}`,
    body: () => ({ title: 'Andere titel' }),
  },
  'POST /programmes/:id/tracks': {
    method: 'POST',
    url: () => `/api/v1/programmes/${programmeId}/tracks`,
    body: () => ({ name: 'Extra spoor' }),
  },
  'POST /programmes/:id/sessions': {
    method: 'POST',
    url: () => `/api/v1/programmes/${programmeId}/sessions`,
    body: sessionBody,
  },
  'POST /programmes/:id/sessions/:sessionId/join': {
    method: 'POST',
    url: () => `/api/v1/programmes/${programmeId}/sessions/${sessionId}/join`,
  },
  'POST /programmes/:id/sessions/:sessionId/leave': {
    method: 'POST',
    url: () => `/api/v1/programmes/${programmeId}/sessions/${sessionId}/leave`,
  },
  'GET /programmes/:id/my-schedule.ics': {
    method: 'GET',
    url: () => `/api/v1/programmes/${programmeId}/my-schedule.ics`,
  },
  'POST /programmes/:id/materials': {
    method: 'POST',
    url: () => `/api/v1/programmes/${programmeId}/materials`,
    body: () => ({ kind: 'recording', title: 'Opname keynote', url: 'https://video.example.org/keynote' }),
  },
  'DELETE /programmes/:id/materials/:materialId': {
    method: 'DELETE',
    url: () => `/api/v1/programmes/${programmeId}/materials/${materialId}`,
  },
};

const send = (client: Client, { method, url, body }: Call) => client.request(method, url(), body?.());
type View = { title: string; tracks: unknown[]; sessions: unknown[]; materials: { id: string }[] };
const view = async () => (await org.as.ldAdmin.get(`/api/v1/programmes/${programmeId}`)).json<View>();

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const created = await org.as.ldAdmin.post('/api/v1/programmes', {
    title: 'Groeiweek',
    startsOn: day(7),
    endsOn: day(11),
    tracks: ['Vakmanschap', 'Samenwerken'],
  });
  expect(created.statusCode).toBe(201);
  const programme = created.json<{ id: string; tracks: { id: string }[] }>();
  programmeId = programme.id;
  trackId = programme.tracks[0]!.id;
  const added = await org.as.ldAdmin.post(`/api/v1/programmes/${programmeId}/sessions`, sessionBody());
  expect(added.statusCode).toBe(201);
  sessionId = added.json<{ sessions: { id: string }[] }>().sessions[0]!.id;
  const material = await send(org.as.ldAdmin, calls['POST /programmes/:id/materials']!);
  materialId = material.json<View>().materials[0]!.id;
  expect(
    (await org.as.ldAdmin.patch(`/api/v1/programmes/${programmeId}`, { status: 'published' })).statusCode,
  ).toBe(200);
});

describe('programme endpoints', () => {
  it.each(Object.keys(calls))('%s: another organisation’s owner gets 404', async (name) => {
    const response = await send(other.as.owner, calls[name]!);
    expect(response.statusCode).toBe(404);
  });

  it('GET /programmes: another organisation does not list it', async () => {
    const list = (await other.as.owner.get('/api/v1/programmes')).json<{ id: string }[]>();
    expect(list.map((p) => p.id)).not.toContain(programmeId);
  });

  it.each([
    'PATCH /programmes/:id',
    'POST /programmes/:id/tracks',
    'POST /programmes/:id/sessions',
    'POST /programmes/:id/materials',
    'DELETE /programmes/:id/materials/:materialId',
  ])('%s: an employee gets 403, and the programme is unchanged', async (name) => {
    const response = await send(org.as.employee, calls[name]!);
    expect(response.statusCode).toBe(403);
    const after = await view();
    expect(after).toMatchObject({ title: 'Groeiweek' });
    expect(after.tracks).toHaveLength(2);
    expect(after.sessions).toHaveLength(1);
    expect(after.materials).toHaveLength(1);
  });

  it('POST /programmes: an employee gets 403 and no programme is made', async () => {
    const response = await org.as.employee.post('/api/v1/programmes', {
      title: 'Mijn week',
      startsOn: day(1),
      endsOn: day(2),
    });
    expect(response.statusCode).toBe(403);
    expect((await org.as.ldAdmin.get('/api/v1/programmes')).json<unknown[]>()).toHaveLength(1);
  });

  it('a draft is L&D’s: an employee gets 404 on it', async () => {
    const draft = await org.as.ldAdmin.post('/api/v1/programmes', {
      title: 'Concept',
      startsOn: day(30),
      endsOn: day(31),
    });
    const id = draft.json<{ id: string }>().id;
    expect((await org.as.employee.get(`/api/v1/programmes/${id}`)).statusCode).toBe(404);
    expect(
      (await org.as.employee.get('/api/v1/programmes')).json<{ id: string }[]>().map((p) => p.id),
    ).not.toContain(id);
  });

  it.each([
    ['PATCH /programmes/:id', { endsOn: '2020-01-01' }, 'endsOn'],
    ['PATCH /programmes/:id', { status: 'open' }, 'status'],
    ['POST /programmes/:id/tracks', { name: '' }, 'name'],
    ['POST /programmes/:id/tracks', { name: 'Vakmanschap' }, 'name'],
    ['POST /programmes/:id/sessions', () => ({ ...sessionBody(), seats: 0 }), 'seats'],
    ['POST /programmes/:id/sessions', () => ({ ...sessionBody(), format: 'lecture' }), 'format'],
    [
      'POST /programmes/:id/sessions',
      () => ({ ...sessionBody(), startsAt: at(30, 10), endsAt: at(30, 11) }),
      'startsAt',
    ],
    ['POST /programmes/:id/sessions', () => ({ ...sessionBody(), endsAt: at(10, 9) }), 'endsAt'],
    ['POST /programmes/:id/sessions', () => ({ ...sessionBody(), location: null }), 'location'],
    [
      'POST /programmes/:id/sessions',
      () => ({ ...sessionBody(), trackId: '00000000-0000-4000-8000-000000000000' }),
      'trackId',
    ],
    [
      'POST /programmes/:id/sessions',
      () => ({
        ...sessionBody(),
        speakers: [{ name: 'X', kind: 'internal', personId: '00000000-0000-4000-8000-000000000000' }],
      }),
      'speakers.0.personId',
    ],
    [
      'POST /programmes/:id/materials',
      { kind: 'recording', title: 'Opname', url: 'javascript:alert(1)' },
      'url',
    ],
    [
      'POST /programmes/:id/materials',
      {
        kind: 'material',
        title: 'Slides',
        url: 'https://x.example',
        sessionId: '00000000-0000-4000-8000-000000000000',
      },
      'sessionId',
    ],
  ] as const)('%s: bad input is a 400 naming the field, and nothing changes', async (name, body, field) => {
    const call = calls[name]!;
    const response = await org.as.ldAdmin.request(
      call.method,
      call.url(),
      typeof body === 'function' ? body() : body,
    );
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain(field);
    const after = await view();
    expect(after.tracks).toHaveLength(2);
    expect(after.sessions).toHaveLength(1);
    expect(after.materials).toHaveLength(1);
  });

  it('POST /programmes: a period over a month is a 400 naming endsOn', async () => {
    const response = await org.as.ldAdmin.post('/api/v1/programmes', {
      title: 'Te lang',
      startsOn: day(1),
      endsOn: day(40),
    });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('endsOn');
  });
});
