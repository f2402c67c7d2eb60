import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { anonymous, buildOrganisationWithRoles, Client, startTestApp } from '../../test/test-app.ts';
import { pulseBody } from '../surveys/surveys.fixtures.ts';

// "Mijn gegevens": a person switches optional e-mail off; the sender (queueMail) honours it for whoever
// the mail is to, the bell keeps the message; the switch is in the person's export.

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely below
type Json = Record<string, any>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
});

const invitationsTo = (email: string) =>
  db
    .selectFrom('outbox_messages')
    .select('id')
    .where('to_address', '=', email)
    .where('kind', '=', 'survey_invitation')
    .execute();

describe('my optional e-mail', () => {
  it('lists what I may switch off, and keeps what I switched off', async () => {
    const before = (await org.as.employee.get('/api/v1/mail/preferences')).json<Json>();
    expect(before.optedOut).toEqual([]);
    expect(before.optional).toContain('survey_invitation');
    expect(before.optional).not.toContain('password_reset');
    const off = await org.as.employee.put('/api/v1/mail/preferences', {
      optedOut: ['survey_invitation', 'campaign_message', 'survey_invitation'],
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json<Json>().optedOut).toEqual(['campaign_message', 'survey_invitation']);
    expect((await org.as.employee.get('/api/v1/mail/preferences')).json<Json>().optedOut).toEqual([
      'campaign_message',
      'survey_invitation',
    ]);
    // Someone else's switches are their own.
    expect((await org.as.manager.get('/api/v1/mail/preferences')).json<Json>().optedOut).toEqual([]);
  });

  it('is honoured by the sender: no invitation by mail, still one on the bell', async () => {
    const created = await org.as.hrAdmin.post('/api/v1/surveys', pulseBody());
    expect(created.statusCode, created.body).toBe(201);
    const closesAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const sent = await org.as.hrAdmin.post(`/api/v1/surveys/${created.json<Json>().id}/schedule`, {
      closesAt,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(await invitationsTo(org.people.employee.email)).toHaveLength(0);
    expect(await invitationsTo(org.people.manager.email)).toHaveLength(1);
    const bell = await db
      .selectFrom('notifications')
      .select('kind')
      .where('person_id', '=', org.people.employee.id)
      .where('kind', '=', 'survey_invitation')
      .execute();
    expect(bell).toHaveLength(1);
  });

  it('is in my export', async () => {
    const answer = await org.as.employee.get('/api/v1/privacy/me/export');
    expect(answer.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(answer.rawPayload);
    const rows = JSON.parse(await zip.file('mail/mail-opt-outs.json')!.async('string'));
    expect(rows.map((row: Json) => row.kind)).toEqual(['campaign_message', 'survey_invitation']);
  });

  it('turns back on what is no longer listed', async () => {
    const on = await org.as.employee.put('/api/v1/mail/preferences', { optedOut: ['campaign_message'] });
    expect(on.json<Json>().optedOut).toEqual(['campaign_message']);
  });

  it('names a kind that cannot be switched off, and is for a signed-in person only', async () => {
    const bad = await org.as.employee.put('/api/v1/mail/preferences', { optedOut: ['password_reset'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Json>().errors[0].field).toMatch(/^optedOut/);
    const missing = await org.as.employee.put('/api/v1/mail/preferences', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('optedOut');
    expect((await anonymous(app).get('/api/v1/mail/preferences')).statusCode).toBe(401);
    expect((await anonymous(app).put('/api/v1/mail/preferences', { optedOut: [] })).statusCode).toBe(401);
    const created = await org.as.owner.post('/api/v1/api-tokens', {
      name: 'Koppeling',
      scopes: ['people:read'],
    });
    const token = new Client(app, null, null, { authorization: `Bearer ${created.json<Json>().token}` });
    expect((await token.get('/api/v1/mail/preferences')).statusCode).toBe(403);
  });
});
