import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, type Response, startTestApp } from '../test/test-app.ts';
import type { OpenApiDocument } from './openapi-samples.ts';

// An anonymous consultation response must leave no trace with a time on it that someone with
// audit.read (or any other reader) could line up with the respondent's own actions.

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let consultationId: string;

const dateTimes = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)/g;

type AuditEvent = {
  id: number;
  action: string;
  subjectId: string | null;
  actor: { kind: string; id: string | null };
  changes: Record<string, unknown>;
  createdAt: string;
};

/** The whole audit log as the auditor pages through it. */
async function auditLog(): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for (let page = 1; ; page++) {
    const response = await org.as.owner.get(`/api/v1/events?pageSize=200&page=${page}`);
    expect(response.statusCode).toBe(200);
    const body = response.json<{ items: AuditEvent[]; total: number }>();
    events.push(...body.items);
    if (events.length >= body.total || body.items.length === 0) return events;
  }
}

/** Everything the owner (every permission, audit.read included) can GET without naming an id, plus the consultation. */
async function everythingReadable(): Promise<Map<string, string>> {
  const document = app.swagger() as OpenApiDocument;
  const urls = Object.entries(document.paths)
    .filter(([path, operations]) => operations.get && !path.includes('{'))
    .map(([path]) => path)
    .concat([`/api/v1/consultations/${consultationId}`, '/api/v1/events?pageSize=200']);
  const bodies = new Map<string, string>();
  for (const url of urls) {
    const response: Response = await org.as.owner.get(url);
    if (response.statusCode === 200) bodies.set(url, response.body);
  }
  return bodies;
}

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const opened = await org.as.hrAdmin.post('/api/v1/consultations', {
    title: 'Roosterbeleid 2027',
    description: 'Wat vind je van het nieuwe roosterbeleid?',
    subjectKind: 'goal_set',
    audienceKind: 'everyone',
    allowsAnonymous: true,
    closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  });
  expect(opened.statusCode).toBe(201);
  consultationId = opened.json<{ id: string }>().id;
});

describe('an anonymous consultation response', () => {
  it('adds no timestamp anywhere the auditor can read, and no row to the audit log', async () => {
    // The respondent acts in their own name just before and just after responding anonymously.
    expect((await org.as.employee.patch('/api/v1/me', { locale: 'en' })).statusCode).toBe(200);
    const before = await everythingReadable();
    const eventsBefore = await auditLog();
    const responded = await org.as.employee.post(`/api/v1/consultations/${consultationId}/responses`, {
      kind: 'concern',
      comment: 'De nachtdiensten worden te lang.',
      isAnonymous: true,
    });
    expect(responded.statusCode).toBe(201);
    const after = await everythingReadable();
    expect((await org.as.employee.patch('/api/v1/me', { locale: 'nl' })).statusCode).toBe(200);

    // Nothing readable gained a date-time: not the audit log, the consultation, notifications, the outbox, exports.
    const gained: string[] = [];
    for (const [url, body] of after) {
      const known = new Set(before.get(url)?.match(dateTimes) ?? []);
      for (const stamp of body.match(dateTimes) ?? []) if (!known.has(stamp)) gained.push(`${url}: ${stamp}`);
    }
    expect(gained).toEqual([]);
    expect(after.get(`/api/v1/consultations/${consultationId}`)).toContain(
      'De nachtdiensten worden te lang.',
    );

    // The audit log around the response holds the respondent's own two changes and nothing in between.
    const events = await auditLog();
    const added = events.filter((event) => !eventsBefore.some((old) => old.id === event.id));
    expect(added.map((event) => [event.action, event.actor.id])).toEqual([
      ['person.settings_changed', org.people.employee.id],
    ]);
    expect(events.filter((event) => event.subjectId === consultationId).map((event) => event.action)).toEqual(
      ['consultation.opened'],
    );
    expect(
      events.some((event) => event.actor.kind === 'system' && event.action.startsWith('consultation.')),
    ).toBe(false);
  });

  it('shows the response with its day only, and lists responses by day and kind, never in the order they came in', async () => {
    // Three more anonymous responses, in an order that sorting by kind would not keep.
    for (const [client, kind] of [
      [org.as.manager, 'support'],
      [org.as.ldAdmin, 'question'],
      [org.as.hrAdmin, 'concern'],
    ] as const) {
      const response = await client.post(`/api/v1/consultations/${consultationId}/responses`, {
        kind,
        comment: `Anoniem: ${kind}`,
        isAnonymous: true,
      });
      expect(response.statusCode).toBe(201);
    }
    const detail = (await org.as.owner.get(`/api/v1/consultations/${consultationId}`)).json<{
      responses: { id: string; kind: string; createdOn: string; author: unknown; unit: unknown }[];
    }>();
    expect(detail.responses).toHaveLength(4);
    for (const response of detail.responses) {
      expect(response).toMatchObject({ author: null, unit: null });
      expect(response.createdOn).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(JSON.stringify(response)).not.toMatch(dateTimes);
    }
    const order = detail.responses.map((r) => `${r.createdOn} ${r.kind} ${r.id}`);
    expect(order).toEqual([...order].sort());
    expect(detail.responses.map((r) => r.kind)).toEqual(['concern', 'concern', 'question', 'support']);
  });

  it('is counted per day, without a time, when the consultation closes', async () => {
    const closed = await org.as.hrAdmin.post(`/api/v1/consultations/${consultationId}/close`, {
      outcome: 'We passen de roosters aan.',
      publishSubject: false,
    });
    expect(closed.statusCode).toBe(200);
    const close = (await auditLog()).find((event) => event.action === 'consultation.closed')!;
    const { anonymousResponsesByDay } = close.changes as { anonymousResponsesByDay: Record<string, number> };
    // A run that crosses midnight counts on two days; together they are the four responses.
    expect(Object.values(anonymousResponsesByDay).reduce((sum, count) => sum + count, 0)).toBe(4);
    for (const day of Object.keys(anonymousResponsesByDay)) expect(day).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(JSON.stringify(close.changes)).not.toMatch(dateTimes);
  });
});
