import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { notify, sendNotificationDigests } from './index.ts';
import { isDigestDue } from './notifications.digest.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

const bell = async (client: typeof org.as.employee) =>
  (await client.get('/api/v1/notifications')).json<{
    items: { id: string; title: string; isRead: boolean }[];
    unread: number;
  }>();

const digestsTo = (email: string) =>
  db
    .selectFrom('outbox_messages')
    .select(['subject', 'text_body'])
    .where('to_address', '=', email)
    .where('kind', '=', 'notification_digest')
    .execute();

describe('the bell', () => {
  it('shows my notifications newest first with the number unread, and marks them read', async () => {
    const { employee } = org.people;
    await notify(db, org.organisation.id, employee.id, { kind: 'other', title: 'Eerste bericht' });
    await notify(db, org.organisation.id, employee.id, { kind: 'other', title: 'Tweede bericht' });
    const before = await bell(org.as.employee);
    expect(before.items.map((item) => item.title)).toEqual(['Tweede bericht', 'Eerste bericht']);
    expect(before.unread).toBe(2);

    const first = before.items[1]!;
    expect((await org.as.employee.post(`/api/v1/notifications/${first.id}/read`)).statusCode).toBe(204);
    // Reading it again changes nothing and is no error.
    expect((await org.as.employee.post(`/api/v1/notifications/${first.id}/read`)).statusCode).toBe(204);
    const after = await bell(org.as.employee);
    expect(after.unread).toBe(1);
    expect(after.items.find((item) => item.id === first.id)?.isRead).toBe(true);

    expect((await org.as.employee.post('/api/v1/notifications/read-all')).statusCode).toBe(204);
    expect((await bell(org.as.employee)).unread).toBe(0);
  });

  it("answers 404 for a colleague's notification or one in another organisation", async () => {
    await notify(db, org.organisation.id, org.people.manager.id, { kind: 'other', title: 'Voor Mila' });
    await notify(db, other.organisation.id, other.people.employee.id, { kind: 'other', title: 'Elders' });
    const colleagues = (await bell(org.as.manager)).items[0]!;
    const elsewhere = (await bell(other.as.employee)).items[0]!;
    for (const id of [colleagues.id, elsewhere.id])
      expect((await org.as.employee.post(`/api/v1/notifications/${id}/read`)).statusCode).toBe(404);
    expect((await bell(org.as.manager)).items[0]?.isRead).toBe(false);
    expect((await bell(other.as.employee)).items[0]?.isRead).toBe(false);
  });

  it('answers 401 signed out', async () => {
    expect((await org.anonymous.get('/api/v1/notifications')).statusCode).toBe(401);
  });
});

describe('e-mail digest preference', () => {
  it('is daily until I choose, and keeps what I choose', async () => {
    expect((await org.as.ldAdmin.get('/api/v1/notifications/preferences')).json()).toEqual({
      emailDigest: 'daily',
    });
    const saved = await org.as.ldAdmin.put('/api/v1/notifications/preferences', { emailDigest: 'weekly' });
    expect(saved.json()).toEqual({ emailDigest: 'weekly' });
    expect((await org.as.ldAdmin.get('/api/v1/notifications/preferences')).json()).toEqual({
      emailDigest: 'weekly',
    });
  });

  it('answers 400 naming the field for a choice that does not exist', async () => {
    const response = await org.as.ldAdmin.put('/api/v1/notifications/preferences', { emailDigest: 'hourly' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('emailDigest');
  });
});

describe('the digest job', () => {
  it('mails each organisation its own digests, in each person’s language, once', async () => {
    const a = await buildOrganisation(db, { defaultLocale: 'nl' });
    const b = await buildOrganisation(db, { defaultLocale: 'en' });
    const anna = await buildPerson(db, a.id, { givenName: 'Anna' });
    const ben = await buildPerson(db, b.id, { givenName: 'Ben' });
    const quiet = await buildPerson(db, a.id, { givenName: 'Stil' });
    await db
      .insertInto('notification_preferences')
      .values({ organisation_id: a.id, person_id: quiet.id, email_digest: 'off' })
      .execute();
    await notify(db, a.id, [anna.id, quiet.id], { kind: 'other', title: 'Nieuwe cursus' });
    await notify(db, b.id, ben.id, { kind: 'other', title: 'New course' });
    await notify(db, b.id, ben.id, { kind: 'other', title: 'Plan shared' });

    await sendNotificationDigests(db);
    const [annas] = await digestsTo(anna.email);
    expect(annas?.subject).toBe('Je hebt 1 nieuwe melding(en) in Groeipad');
    expect(annas?.text_body).toContain('- Nieuwe cursus');
    const [bens] = await digestsTo(ben.email);
    expect(bens?.subject).toBe('You have 2 new notification(s) in Groeipad');
    expect(bens?.text_body).toContain('- New course\n- Plan shared');
    expect(await digestsTo(quiet.email)).toEqual([]);

    // Nothing twice: the news is e-mailed, and the next digest is a day away.
    await notify(db, a.id, anna.id, { kind: 'other', title: 'Nog iets' });
    await sendNotificationDigests(db);
    expect(await digestsTo(anna.email)).toHaveLength(1);
    await sendNotificationDigests(db, new Date(Date.now() + 86_400_000));
    expect(await digestsTo(anna.email)).toHaveLength(2);
  });

  it("one organisation's backlog does not hold up another organisation's digests", async () => {
    const busy = await buildOrganisation(db);
    const calm = await buildOrganisation(db);
    const flooded = await buildPerson(db, busy.id);
    const waiting = await buildPerson(db, calm.id);
    // More unread news in one organisation than one run reads, all older than the other's.
    await sql`
      INSERT INTO notifications (organisation_id, person_id, kind, title, body, created_at)
      SELECT ${busy.id}::uuid, ${flooded.id}::uuid, 'other', 'Bericht ' || n, '', now() - interval '1 hour'
      FROM generate_series(1, 5001) AS n`.execute(db);
    await notify(db, calm.id, waiting.id, { kind: 'other', title: 'Je plan is gedeeld' });

    await sendNotificationDigests(db);
    expect((await digestsTo(waiting.email)).map((mail) => mail.text_body).join()).toContain(
      'Je plan is gedeeld',
    );
    expect(await digestsTo(flooded.email)).toHaveLength(1);
  });
});

describe('when a digest is due', () => {
  const now = new Date('2025-03-10T08:17:00Z');
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

  it('is due for the first digest, then a day (or a week) after the last', () => {
    expect(isDigestDue({ email_digest: 'daily', last_digest_at: null }, now)).toBe(true);
    expect(isDigestDue({ email_digest: 'daily', last_digest_at: hoursAgo(23) }, now)).toBe(false);
    // The hourly job runs a little early or late: a minute short of a day counts as a day.
    expect(isDigestDue({ email_digest: 'daily', last_digest_at: hoursAgo(24 - 1 / 120) }, now)).toBe(true);
    expect(isDigestDue({ email_digest: 'weekly', last_digest_at: hoursAgo(6 * 24) }, now)).toBe(false);
    expect(isDigestDue({ email_digest: 'weekly', last_digest_at: hoursAgo(7 * 24) }, now)).toBe(true);
  });

  it('is never due for who wants no e-mail', () => {
    expect(isDigestDue({ email_digest: 'off', last_digest_at: null }, now)).toBe(false);
  });
});
