import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../test/test-app.ts';

// Every workshop endpoint with real ids: another organisation finds nothing, an employee may not organise,
// and bad input names its field.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let eventId: string;
let sessionId: string;

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const session = () => ({ startsAt: inHours(48), endsAt: inHours(50), location: 'Zaal 2', seats: 10 });
type Call = { method: 'GET' | 'POST' | 'PATCH'; url: () => string; body?: () => unknown };

const calls: Record<string, Call> = {
  'GET /workshops/:id': { method: 'GET', url: () => `/api/v1/workshops/${eventId}` },
  'POST /workshops/:id/sessions': {
    method: 'POST',
    url: () => `/api/v1/workshops/${eventId}/sessions`,
    body: session,
  },
  'PATCH /workshops/sessions/:id': {
    method: 'PATCH',
    url: () => `/api/v1/workshops/sessions/${sessionId}`,
    body: () => ({ seats: 12 }),
  },
  'POST /workshops/sessions/:id/cancel': {
    method: 'POST',
    url: () => `/api/v1/workshops/sessions/${sessionId}/cancel`,
  },
  'POST /workshops/sessions/:id/sign-up': {
    method: 'POST',
    url: () => `/api/v1/workshops/sessions/${sessionId}/sign-up`,
  },
  'POST /workshops/sessions/:id/cancel-registration': {
    method: 'POST',
    url: () => `/api/v1/workshops/sessions/${sessionId}/cancel-registration`,
  },
  'GET /workshops/sessions/:id/attendance': {
    method: 'GET',
    url: () => `/api/v1/workshops/sessions/${sessionId}/attendance`,
  },
  'POST /workshops/sessions/:id/attendance': {
    method: 'POST',
    url: () => `/api/v1/workshops/sessions/${sessionId}/attendance`,
    body: () => ({ personId: org.people.employee.id, attended: true }),
  },
  'POST /workshops/sessions/:id/check-in': {
    method: 'POST',
    url: () => `/api/v1/workshops/sessions/${sessionId}/check-in`,
    body: () => ({ code: 'a'.repeat(24) }),
  },
  'GET /workshops/sessions/:id/invitation.ics': {
    method: 'GET',
    url: () => `/api/v1/workshops/sessions/${sessionId}/invitation.ics`,
  },
};

const send = (client: Client, { method, url, body }: Call) => client.request(method, url(), body?.());

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const created = await org.as.ldAdmin.post('/api/v1/workshops', {
    language: 'nl',
    title: 'Feedback geven',
    sessions: [session()],
  });
  expect(created.statusCode).toBe(201);
  const event = created.json<{ id: string; sessions: { id: string }[] }>();
  eventId = event.id;
  sessionId = event.sessions[0]!.id;
});

describe('workshop endpoints', () => {
  it.each(Object.keys(calls))('%s: another organisation’s owner gets 404', async (name) => {
    const response = await send(other.as.owner, calls[name]!);
    expect(response.statusCode).toBe(404);
  });

  it.each([
    'POST /workshops/:id/sessions',
    'PATCH /workshops/sessions/:id',
    'POST /workshops/sessions/:id/cancel',
    'GET /workshops/sessions/:id/attendance',
    'POST /workshops/sessions/:id/attendance',
  ])('%s: an employee who does not organise gets 403, and the session is unchanged', async (name) => {
    const response = await send(org.as.employee, calls[name]!);
    expect(response.statusCode).toBe(403);
    const view = (await org.as.ldAdmin.get(`/api/v1/workshops/${eventId}`)).json<{
      sessions: { seats: number }[];
    }>();
    expect(view.sessions).toHaveLength(1);
    expect(view.sessions[0]!.seats).toBe(10);
  });

  it.each([
    ['PATCH /workshops/sessions/:id', { seats: -1 }, 'seats'],
    ['POST /workshops/sessions/:id/attendance', { personId: 'x', attended: true }, 'personId'],
    ['POST /workshops/sessions/:id/check-in', { code: 'x' }, 'code'],
    ['POST /workshops/:id/sessions', { ...session(), location: '' }, 'location'],
  ] as const)('%s: bad input is a 400 naming %s', async (name, body, field) => {
    const call = calls[name]!;
    const response = await org.as.ldAdmin.request(call.method, call.url(), body);
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain(field);
  });
});
