import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModuleDeps } from '../../modules.ts';
import { thisYear } from '../../test/calendar.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';
import { deliverDue } from './index.ts';

// Certificate issued, plan agreed, budget request decided, conversation signed: each told by the
// module that owns it (a domain event after commit) and delivered signed to a subscribed receiver.
const { app, db, config } = await startTestApp({ outboundAllowedHosts: ['127.0.0.1'] });
const deps = createModuleDeps({ db, config, log: pino({ level: 'silent' }) });
const year = thisYear();

type Received = { path: string; headers: IncomingHttpHeaders; body: string };
const received: Received[] = [];
const receiver = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    received.push({ path: request.url ?? '', headers: request.headers, body });
    response.statusCode = 204;
    response.end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const port = (receiver.address() as AddressInfo).port;
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let secret: string;
const events = ['certificate.issued', 'plan.agreed', 'budget_request.decided', 'conversation.signed'];

/** Sends what is due and answers the verified payloads that reached `/path`. */
async function deliveredTo(path: string) {
  received.length = 0;
  await deliverDue(deps, new Date(Date.now() + 1000));
  return received
    .filter((message) => message.path === path)
    .map(
      (message) =>
        new Webhook(secret).verify(message.body, message.headers as Record<string, string>) as {
          type: string;
          data: Record<string, unknown>;
        },
    );
}

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const made = await org.as.owner.post('/api/v1/webhooks', {
    url: `http://127.0.0.1:${port}/org`,
    description: 'HR-systeem',
    events,
  });
  expect(made.statusCode).toBe(201);
  secret = made.json<{ secret: string }>().secret;
  // Another organisation's subscriber hears nothing of this one.
  expect(
    (
      await other.as.owner.post('/api/v1/webhooks', {
        url: `http://127.0.0.1:${port}/other`,
        events,
      })
    ).statusCode,
  ).toBe(201);
});

describe('webhook events of the owning modules', () => {
  it('lists the four events in the catalogue with an example each', async () => {
    const catalogue = (await org.as.owner.get('/api/v1/webhooks/catalogue')).json<{
      events: string[];
      examples: { type: string }[];
    }>();
    expect(catalogue.events).toEqual(expect.arrayContaining(events));
    expect(catalogue.examples.map((example) => example.type)).toEqual(expect.arrayContaining(events));
  });

  it('certificate.issued: a finished course tells its certificate', async () => {
    const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Veilig tillen'))).json<{
      id: string;
    }>();
    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
    const course = (
      await org.as.ldAdmin.post('/api/v1/catalogue/courses', {
        language: 'nl',
        title: 'Tillen zonder klachten',
        summary: 'Een korte cursus',
        sections: [{ title: 'Alles', contentIds: [item.id] }],
        topics: ['Leiderschap'],
      })
    ).json<{ id: string }>();
    await org.as.ldAdmin.post(`/api/v1/catalogue/courses/${course.id}/status`, { status: 'published' });
    expect(
      (await org.as.employee.post('/api/v1/learning/enrolments', { type: 'course', id: course.id }))
        .statusCode,
    ).toBe(201);
    const done = (await org.as.employee.post(`/api/v1/learning/items/${item.id}/done`)).json<{
      finished: { certificates: { id: string }[] };
    }>();
    const certificateId = done.finished.certificates[0]?.id;
    expect(certificateId).toBeDefined();

    const messages = await deliveredTo('/org');
    expect(messages.filter((m) => m.type === 'certificate.issued')).toEqual([
      {
        type: 'certificate.issued',
        timestamp: expect.any(String),
        data: {
          personId: org.people.employee.id,
          certificateId,
          subject: { kind: 'course', id: course.id, title: 'Tillen zonder klachten' },
        },
      },
    ]);
    expect(received.filter((message) => message.path === '/other')).toEqual([]);
  });

  it('plan.agreed: the manager agreeing tells it, sharing does not', async () => {
    const planId = (await org.as.employee.post('/api/v1/plans', {})).json<{ id: string }>().id;
    await org.as.employee.post(`/api/v1/plans/${planId}/goals`, { title: 'Wondzorg leren' });
    await org.as.employee.post(`/api/v1/plans/${planId}/share`);
    expect(await deliveredTo('/org')).toEqual([]);
    expect((await org.as.manager.post(`/api/v1/plans/${planId}/agree`)).statusCode).toBe(200);
    const [message] = await deliveredTo('/org');
    expect(message).toMatchObject({
      type: 'plan.agreed',
      data: { personId: org.people.employee.id, planId, agreedBy: org.people.manager.id },
    });
  });

  it('budget_request.decided: the final approval and a decline, not the manager’s first step', async () => {
    await org.as.hrAdmin.put(`/api/v1/budgets/policies/${year}`, {
      amountCents: 100_000,
      hours: 80,
      isProRata: false,
      fullTimeHours: 36,
      carryOverMaxCents: 0,
      requiresHrApproval: true,
    });
    await org.as.hrAdmin.post('/api/v1/budgets/allocate', { year });
    const ask = async (title: string) =>
      (
        await org.as.employee.post('/api/v1/budgets/requests', {
          provider: 'Wondzorg Academie',
          title,
          startsOn: `${year}-09-01`,
          endsOn: `${year}-12-15`,
          costCents: 30_000,
          hours: 10,
          motivation: 'Mijn eigen woorden die niet in een webhook horen.',
        })
      ).json<{ id: string }>().id;
    const approvedId = await ask('Wondzorg basis');
    const declinedId = await ask('Wondzorg extra');
    await org.as.manager.post(`/api/v1/budgets/requests/${approvedId}/approve`, {});
    expect(await deliveredTo('/org')).toEqual([]);
    expect((await org.as.hrAdmin.post(`/api/v1/budgets/requests/${approvedId}/approve`, {})).statusCode).toBe(
      200,
    );
    expect(
      (
        await org.as.manager.post(`/api/v1/budgets/requests/${declinedId}/decline`, {
          reason: 'Past niet in dit jaar',
        })
      ).statusCode,
    ).toBe(200);
    const messages = await deliveredTo('/org');
    expect(
      messages.map((m) => m.data).sort((a, b) => String(a.title).localeCompare(String(b.title))),
    ).toEqual([
      {
        requestId: approvedId,
        personId: org.people.employee.id,
        decision: 'approved',
        title: 'Wondzorg basis',
        costCents: 30_000,
        isOverBudget: false,
      },
      {
        requestId: declinedId,
        personId: org.people.employee.id,
        decision: 'declined',
        title: 'Wondzorg extra',
        costCents: 30_000,
        isOverBudget: false,
      },
    ]);
    expect(JSON.stringify(messages)).not.toContain('Mijn eigen woorden');
    expect(JSON.stringify(messages)).not.toContain('Past niet');
  });

  it('conversation.signed: each signature, the second with signedByBoth', async () => {
    const cycle = await org.as.hrAdmin.post('/api/v1/conversation-cycles', {
      name: `Ontwikkelgesprekken ${year}`,
      templateKey: 'ontwikkelgesprek',
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      preparationDue: `${year}-11-01`,
      signOffDue: `${year}-12-15`,
      unitIds: [org.unit.id],
    });
    expect(cycle.statusCode).toBe(201);
    const [conversation] = (await org.as.employee.get('/api/v1/conversations/mine')).json<{ id: string }[]>();
    const conversationId = conversation!.id;
    await org.as.manager.patch(`/api/v1/conversations/${conversationId}`, {
      sharedNotes: 'Goed gesprek.',
      isHeld: true,
    });
    expect((await org.as.employee.post(`/api/v1/conversations/${conversationId}/sign`)).statusCode).toBe(200);
    expect((await org.as.manager.post(`/api/v1/conversations/${conversationId}/sign`)).statusCode).toBe(200);
    const messages = await deliveredTo('/org');
    const base = {
      conversationId,
      cycleId: cycle.json<{ id: string }>().id,
      employeeId: org.people.employee.id,
      managerId: org.people.manager.id,
    };
    expect(messages.map((m) => m.data)).toEqual(
      expect.arrayContaining([
        { ...base, side: 'employee', signedByBoth: false },
        { ...base, side: 'manager', signedByBoth: true },
      ]),
    );
    expect(messages.every((m) => m.type === 'conversation.signed')).toBe(true);
    expect(JSON.stringify(messages)).not.toContain('Goed gesprek');
  });
});
