import { beforeAll, describe, expect, it } from 'vitest';
import { readMailbox, tokenMailedTo } from '../test/mailbox.ts';
import { anonymous, buildOrganisationWithRoles, Client, startTestApp } from '../test/test-app.ts';

// Issue 10, item 1: an L&D admin read the owner's live reset link in the outbox and took the account.
// No role and no API token may obtain a usable reset or invitation token of someone else.

const { app, db, config } = await startTestApp();
const mailbox = { db, dataDir: config.dataDir };
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let newOwnerEmail: string;
let readers: [string, Client][];

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  // A reset for the owner (anyone can ask) and an invitation for a second owner, both queued now.
  expect(
    (await anonymous(app).post('/api/v1/auth/password-reset', { email: org.people.owner.email })).statusCode,
  ).toBe(202);
  newOwnerEmail = 'tweede.bestuurder@example.test';
  const invited = await org.as.owner.post('/api/v1/people', {
    givenName: 'Bo',
    familyName: 'Bestuur',
    email: newOwnerEmail,
    roles: ['owner'],
    sendInvitation: true,
  });
  expect(invited.statusCode).toBe(201);
  const token = (
    await org.as.owner.post('/api/v1/api-tokens', {
      name: 'Alles wat mag',
      scopes: ['people:read', 'people:write', 'audit:read', 'catalogue:read', 'catalogue:write'],
    })
  ).json().token as string;
  readers = [
    ['HR admin', org.as.hrAdmin],
    ['L&D admin', org.as.ldAdmin],
    ['API token', new Client(app, null, null, { authorization: `Bearer ${token}` })],
  ];
});

/** Everything in a text that looks like a sign-in secret: URLs with a query, and token-ish values. */
function candidateTokens(text: string): string[] {
  const found = new Set<string>();
  for (const [url] of text.matchAll(/https?:\/\/[^\s"'<>\\]+/g)) {
    for (const value of new URL(url).searchParams.values()) found.add(value);
  }
  for (const [, value] of text.matchAll(/token[^\w]{1,5}([^\s"'&<>\\]{10,})/gi)) found.add(value!);
  // Any long base64url run could be a token pasted without its name.
  for (const [value] of text.matchAll(/[A-Za-z0-9_-]{40,}/g)) found.add(value);
  return [...found];
}

async function everythingReadableBy(client: Client) {
  const paths = [
    '/api/v1/outbox?pageSize=200',
    `/api/v1/outbox?to=${org.people.owner.email}`,
    `/api/v1/outbox?to=${newOwnerEmail}`,
    '/api/v1/events?pageSize=200',
    `/api/v1/people/${org.people.owner.id}`,
    `/api/v1/people?q=${encodeURIComponent(newOwnerEmail)}`,
    '/api/v1/notifications',
  ];
  const answers = await Promise.all(paths.map((path) => client.get(path)));
  return answers.map((answer, index) => ({
    path: paths[index]!,
    status: answer.statusCode,
    body: answer.body,
  }));
}

async function expectUnusable(candidates: string[]) {
  for (const token of candidates) {
    for (const path of ['/api/v1/auth/password-reset/confirm', '/api/v1/auth/invitation/accept']) {
      const used = await anonymous(app).post(path, { token, password: 'taken over by someone else' });
      expect([400, 410], `${path} with ${token}`).toContain(used.statusCode);
    }
  }
}

describe('the outbox shows mail without secrets', () => {
  it('shows both mails to admins, with the link hidden, before and after delivery', async () => {
    for (const [, client] of readers.slice(0, 2)) {
      const reset = (await client.get(`/api/v1/outbox?to=${org.people.owner.email}`)).json().items[0];
      expect(reset.subject).toBe('Nieuw wachtwoord voor Groeipad');
      expect(reset.hasHiddenLink).toBe(true);
      expect(reset.body).toContain('/reset-password?token=•••••');
      const invitation = (await client.get(`/api/v1/outbox?to=${newOwnerEmail}`)).json().items[0];
      expect(invitation.kind).toBe('invitation');
      expect(invitation.body).toContain('/welcome?token=•••••');
    }
  });

  it('gives no role and no API token a usable token, anywhere it can read', async () => {
    const before = await Promise.all(readers.map(([, client]) => everythingReadableBy(client)));
    // The real links reach their recipients (the .eml files without SMTP).
    const resetToken = await tokenMailedTo(mailbox, org.people.owner.email);
    const inviteToken = await tokenMailedTo(mailbox, newOwnerEmail);
    const after = await Promise.all(readers.map(([, client]) => everythingReadableBy(client)));

    const candidates = new Set<string>();
    for (const [index, answers] of [...before, ...after].entries()) {
      const reader = readers[index % readers.length]![0];
      for (const answer of answers) {
        expect(answer.body, `${reader} ${answer.path}`).not.toContain(resetToken);
        expect(answer.body, `${reader} ${answer.path}`).not.toContain(inviteToken);
        for (const candidate of candidateTokens(answer.body)) candidates.add(candidate);
      }
    }
    // The token's outbox is closed to it, the admins' open: the check above read real answers.
    expect(before[0]!.find((answer) => answer.path.startsWith('/api/v1/outbox'))!.status).toBe(200);
    expect(before[1]!.find((answer) => answer.path.startsWith('/api/v1/outbox'))!.status).toBe(200);
    expect(before[2]!.find((answer) => answer.path.startsWith('/api/v1/outbox'))!.status).toBe(403);
    await expectUnusable([...candidates]);

    // The links themselves do work for whoever holds the mail: the check above could have failed.
    const accepted = await anonymous(app).post('/api/v1/auth/invitation/accept', {
      token: inviteToken,
      password: 'chosen by the new owner',
    });
    expect(accepted.statusCode).toBe(200);
    const reset = await anonymous(app).post('/api/v1/auth/password-reset/confirm', {
      token: resetToken,
      password: 'chosen by the owner herself',
    });
    expect(reset.statusCode).toBe(200);
  });

  it('keeps no live link in the database once the mail is delivered', async () => {
    await anonymous(app).post('/api/v1/auth/password-reset', { email: org.people.hrAdmin.email });
    const queued = await db
      .selectFrom('outbox_messages')
      .select(['text_body', 'delivery_body'])
      .where('to_address', '=', org.people.hrAdmin.email)
      .where('sent_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(queued.text_body).not.toMatch(/token=[\w-]/);
    expect(queued.delivery_body).toMatch(/token=[\w-]+/);
    const { link } = await readMailbox(mailbox, org.people.hrAdmin.email);
    expect(link).toMatch(/\/reset-password\?token=[\w-]{20,}$/);
    const rows = await db.selectFrom('outbox_messages').select(['text_body', 'delivery_body']).execute();
    for (const row of rows) {
      expect(row.delivery_body).toBeNull();
      expect(row.text_body).not.toMatch(/token=[\w-]/);
    }
  });
});
