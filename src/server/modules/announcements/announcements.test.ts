import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit, buildPerson } from '../../factories/factories.ts';
import { inDays } from '../../test/calendar.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';
import { sendNotificationDigests } from '../notifications/index.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let zuidDutch: Client;
let zuidEnglish: Client;
let zuidUnitId: string;
let announcementId: string;

type Feed = { id: string; title: string; locale: string; reason: string }[];

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const zuid = await buildOrgUnit(db, org.organisation.id, { name: 'Team Zuid' });
  const nacht = await buildOrgUnit(db, org.organisation.id, { name: 'Nachtdienst Zuid', parentId: zuid.id });
  zuidUnitId = zuid.id;
  const sanne = await buildPerson(db, org.organisation.id, {
    givenName: 'Sanne',
    orgUnitId: nacht.id,
    password: testPassword,
  });
  const john = await buildPerson(db, org.organisation.id, {
    givenName: 'John',
    orgUnitId: zuid.id,
    locale: 'en',
    password: testPassword,
  });
  zuidDutch = await signInAs(app, sanne);
  zuidEnglish = await signInAs(app, john);
});

describe('an announcement for one unit in Dutch and English', () => {
  it('is written by management, sanitised, and reaches only its unit, each in their own language', async () => {
    const response = await org.as.ldAdmin.post('/api/v1/announcements', {
      translations: [
        {
          locale: 'nl',
          title: 'Nieuwe roosters',
          bodyHtml: '<p>Vanaf <strong>maart</strong> nieuwe roosters.</p><script>alert(1)</script>',
        },
        { locale: 'en', title: 'New rosters', bodyHtml: '<p>New rosters from <strong>March</strong>.</p>' },
      ],
      audienceKind: 'units',
      audienceUnitIds: [zuidUnitId],
      publishAt: new Date(Date.now() - 1000).toISOString(),
      requiresAcknowledgement: true,
    });
    expect(response.statusCode).toBe(201);
    announcementId = response.json<{ id: string }>().id;
    const translations = response.json<{ translations: { locale: string; bodyHtml: string }[] }>()
      .translations;
    expect(translations.find((t) => t.locale === 'nl')!.bodyHtml).toBe(
      '<p>Vanaf <strong>maart</strong> nieuwe roosters.</p>',
    );

    const dutchFeed = (await zuidDutch.get('/api/v1/announcements/feed')).json<Feed>();
    expect(dutchFeed).toMatchObject([
      { id: announcementId, title: 'Nieuwe roosters', locale: 'nl', reason: 'new' },
    ]);
    const englishFeed = (await zuidEnglish.get('/api/v1/announcements/feed')).json<Feed>();
    expect(englishFeed).toMatchObject([{ id: announcementId, title: 'New rosters', locale: 'en' }]);
    expect((await org.as.employee.get('/api/v1/announcements/feed')).json<Feed>()).toEqual([]);
    expect((await org.as.employee.get(`/api/v1/announcements/${announcementId}`)).statusCode).toBe(404);

    const bell = (await zuidEnglish.get('/api/v1/notifications')).json<{ items: { title: string }[] }>();
    expect(bell.items[0]!.title).toBe('New rosters');
    expect((await org.as.employee.get('/api/v1/notifications')).json<{ unread: number }>().unread).toBe(0);
  });

  it('counts read receipts and acknowledgements per unit', async () => {
    expect((await zuidDutch.post(`/api/v1/announcements/${announcementId}/read`)).statusCode).toBe(200);
    // The author reads along, but is not in the audience: no receipt, it does not count.
    const asAuthor = await org.as.ldAdmin.get(`/api/v1/announcements/${announcementId}`);
    expect(asAuthor.json<{ isForMe: boolean }>().isForMe).toBe(false);
    expect((await org.as.ldAdmin.post(`/api/v1/announcements/${announcementId}/read`)).statusCode).toBe(404);
    // Still in the feed until "gelezen en begrepen".
    expect((await zuidDutch.get('/api/v1/announcements/feed')).json<Feed>()[0]!.reason).toBe('acknowledge');
    const acknowledged = await zuidDutch.post(`/api/v1/announcements/${announcementId}/acknowledge`);
    expect(acknowledged.json<{ acknowledgedAt: string | null }>().acknowledgedAt).not.toBeNull();
    expect((await zuidDutch.get('/api/v1/announcements/feed')).json<Feed>()).toEqual([]);

    const reach = (await org.as.hrAdmin.get(`/api/v1/announcements/${announcementId}/reach`)).json<{
      audience: number;
      read: number;
      acknowledged: number;
      byUnit: { unit: { name: string }; audience: number; read: number }[];
    }>();
    expect(reach).toMatchObject({ audience: 2, read: 1, acknowledged: 1 });
    expect(reach.byUnit.map((u) => [u.unit.name, u.audience, u.read])).toEqual([
      ['Nachtdienst Zuid', 1, 1],
      ['Team Zuid', 1, 0],
    ]);
    expect((await zuidDutch.get(`/api/v1/announcements/${announcementId}/reach`)).statusCode).toBe(403);
    expect((await other.as.owner.get(`/api/v1/announcements/${announcementId}/reach`)).statusCode).toBe(404);
  });

  it('echoes read announcements on their rhythm, at most the weekly cap per person', async () => {
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4]) {
      const created = await org.as.owner.post('/api/v1/announcements', {
        translations: [{ locale: 'nl', title: `Waarde ${n}`, bodyHtml: '<p>Onthoud dit.</p>' }],
        publishAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
        echoEveryDays: 2,
      });
      ids.push(created.json<{ id: string }>().id);
      await org.as.employee.post(`/api/v1/announcements/${ids.at(-1)}/read`);
    }
    // Read "three days ago": all four are due again, but only three may come back this week.
    await db
      .updateTable('announcement_receipts')
      .set({ read_at: new Date(Date.now() - 3 * 86_400_000) })
      .where('person_id', '=', org.people.employee.id)
      .execute();
    const feed = (await org.as.employee.get('/api/v1/announcements/feed')).json<Feed>();
    expect(feed.filter((item) => item.reason === 'echo')).toHaveLength(3);
    // Shown echoes restart their rhythm, and the cap is used up for the week.
    expect((await org.as.employee.get('/api/v1/announcements/feed')).json<Feed>()).toEqual([]);
    // A burst of requests at once (tabs, refreshes) does not get past the cap either.
    await db.deleteFrom('announcement_echoes').where('person_id', '=', org.people.employee.id).execute();
    await db
      .updateTable('announcement_receipts')
      .set({ last_echoed_at: null })
      .where('person_id', '=', org.people.employee.id)
      .execute();
    const burst = await Promise.all(
      Array.from({ length: 8 }, () => org.as.employee.get('/api/v1/announcements/feed')),
    );
    expect(burst.every((response) => response.statusCode === 200)).toBe(true);
    const echoed = burst.flatMap((response) =>
      response.json<Feed>().filter((item) => item.reason === 'echo'),
    );
    expect(echoed).toHaveLength(3);
    const recorded = await db
      .selectFrom('announcement_echoes')
      .select('announcement_id')
      .where('person_id', '=', org.people.employee.id)
      .execute();
    expect(recorded).toHaveLength(3);
  });

  it('keeps scheduled and draft announcements from readers and refuses other roles', async () => {
    const scheduled = await org.as.owner.post('/api/v1/announcements', {
      translations: [{ locale: 'nl', title: 'Straks', bodyHtml: '<p>Later.</p>' }],
      publishAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(scheduled.json<{ status: string }>().status).toBe('scheduled');
    const id = scheduled.json<{ id: string }>().id;
    expect((await org.as.employee.get(`/api/v1/announcements/${id}`)).statusCode).toBe(404);
    expect((await org.as.employee.post(`/api/v1/announcements/${id}/read`)).statusCode).toBe(404);
    expect(
      (
        await org.as.employee.post('/api/v1/announcements', {
          translations: [{ locale: 'nl', title: 'x', bodyHtml: 'x' }],
        })
      ).statusCode,
    ).toBe(403);
    expect((await org.as.employee.get('/api/v1/announcements')).statusCode).toBe(403);
    expect((await other.as.owner.patch(`/api/v1/announcements/${id}`, { isPinned: true })).statusCode).toBe(
      404,
    );
    const empty = await org.as.owner.post('/api/v1/announcements', {
      translations: [{ locale: 'nl', title: 'x', bodyHtml: '<script>x</script>' }],
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('translations.0.bodyHtml');
  });
});

describe('notifications', () => {
  it('are marked read one by one or all at once, and digested by e-mail per preference', async () => {
    const bell = (await zuidDutch.get('/api/v1/notifications')).json<{
      unread: number;
      items: { id: string }[];
    }>();
    expect(bell.unread).toBeGreaterThan(0);
    expect((await zuidEnglish.post(`/api/v1/notifications/${bell.items[0]!.id}/read`)).statusCode).toBe(404);
    expect(
      (await zuidDutch.put('/api/v1/notifications/preferences', { emailDigest: 'off' })).statusCode,
    ).toBe(200);
    expect((await zuidDutch.get('/api/v1/notifications/preferences')).json()).toEqual({ emailDigest: 'off' });

    const before = await db
      .selectFrom('outbox_messages')
      .select('to_address')
      .where('kind', '=', 'notification_digest')
      .execute();
    await sendNotificationDigests(db);
    const after = await db
      .selectFrom('outbox_messages')
      .select(['to_address', 'subject'])
      .where('kind', '=', 'notification_digest')
      .execute();
    const john = await db
      .selectFrom('people')
      .select('email')
      .where('given_name', '=', 'John')
      .executeTakeFirstOrThrow();
    const sanne = await db
      .selectFrom('people')
      .select('email')
      .where('given_name', '=', 'Sanne')
      .executeTakeFirstOrThrow();
    const sent = after.slice(before.length);
    expect(sent.find((m) => m.to_address === john.email)?.subject).toMatch(/^You have \d+ new notification/);
    expect(sent.some((m) => m.to_address === sanne.email)).toBe(false);
    // Nothing twice.
    await sendNotificationDigests(db);
    expect(
      await db.selectFrom('outbox_messages').select('id').where('kind', '=', 'notification_digest').execute(),
    ).toHaveLength(after.length);

    expect((await zuidDutch.post(`/api/v1/notifications/${bell.items[0]!.id}/read`)).statusCode).toBe(204);
    expect((await zuidDutch.post('/api/v1/notifications/read-all')).statusCode).toBe(204);
    expect((await zuidDutch.get('/api/v1/notifications')).json<{ unread: number }>().unread).toBe(0);
  });
});

describe('audience and echo rhythm, edited after publication', () => {
  const feedTitles = async (client: Client) =>
    (await client.get('/api/v1/announcements/feed')).json<Feed>().map((item) => item.title);

  it('reaches several roles or several units at once, and an edit that adds a role reaches it too', async () => {
    const created = await org.as.owner.post('/api/v1/announcements', {
      translations: [{ locale: 'nl', title: 'Voor HR en L&D', bodyHtml: '<p>Overleg.</p>' }],
      audienceKind: 'roles',
      audienceRoles: ['hr_admin', 'ld_admin'],
      publishAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    expect(await feedTitles(org.as.hrAdmin)).toContain('Voor HR en L&D');
    expect(await feedTitles(org.as.ldAdmin)).toContain('Voor HR en L&D');
    expect(await feedTitles(org.as.manager)).not.toContain('Voor HR en L&D');

    const edited = await org.as.owner.patch(`/api/v1/announcements/${id}`, {
      audienceRoles: ['hr_admin', 'ld_admin', 'manager'],
    });
    expect(edited.json<{ audienceRoles: string[] }>().audienceRoles).toEqual([
      'hr_admin',
      'ld_admin',
      'manager',
    ]);
    expect(await feedTitles(org.as.manager)).toContain('Voor HR en L&D');
    expect(await feedTitles(org.as.employee)).not.toContain('Voor HR en L&D');

    const noord = await buildOrgUnit(db, org.organisation.id, { name: 'Team Noord' });
    const units = await org.as.owner.post('/api/v1/announcements', {
      translations: [{ locale: 'nl', title: 'Noord en Zuid', bodyHtml: '<p>Samen.</p>' }],
      audienceKind: 'units',
      audienceUnitIds: [noord.id, zuidUnitId],
      publishAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect(units.json<{ audienceUnitIds: string[] }>().audienceUnitIds).toHaveLength(2);
    const reach = (
      await org.as.owner.get(`/api/v1/announcements/${units.json<{ id: string }>().id}/reach`)
    ).json<{
      audience: number;
    }>();
    expect(reach.audience).toBe(2); // Sanne (below Zuid) and John; Noord has nobody yet
    expect(await feedTitles(zuidEnglish)).toContain('Noord en Zuid');
    expect(await feedTitles(org.as.owner)).not.toContain('Noord en Zuid');
  });

  it('stops echoing after its echo-until date, and echoes again when that date is moved on', async () => {
    const noord = await buildOrgUnit(db, org.organisation.id, { name: 'Team Noord-Oost' });
    const person = await buildPerson(db, org.organisation.id, {
      givenName: 'Noor',
      orgUnitId: noord.id,
      password: testPassword,
    });
    const reader = await signInAs(app, person);
    const yesterday = inDays(-1);
    const created = await org.as.owner.post('/api/v1/announcements', {
      translations: [{ locale: 'nl', title: 'Handhygiëne', bodyHtml: '<p>Handen wassen.</p>' }],
      audienceKind: 'units',
      audienceUnitIds: [noord.id],
      publishAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      echoEveryDays: 2,
      echoUntil: yesterday,
    });
    const id = created.json<{ id: string }>().id;
    await reader.post(`/api/v1/announcements/${id}/read`);
    await db
      .updateTable('announcement_receipts')
      .set({ read_at: new Date(Date.now() - 3 * 86_400_000) })
      .where('person_id', '=', person.id)
      .execute();
    // Due by its rhythm, but its echo period is over.
    expect(await feedTitles(reader)).not.toContain('Handhygiëne');
    const nextMonth = inDays(30);
    const edited = await org.as.owner.patch(`/api/v1/announcements/${id}`, { echoUntil: nextMonth });
    expect(edited.json<{ echoUntil: string; echoEveryDays: number }>()).toMatchObject({
      echoUntil: nextMonth,
      echoEveryDays: 2,
    });
    const feed = (await reader.get('/api/v1/announcements/feed')).json<Feed>();
    expect(feed.find((item) => item.id === id)).toMatchObject({ title: 'Handhygiëne', reason: 'echo' });
    // Shown once: the rhythm restarts, so not again today.
    expect(await feedTitles(reader)).not.toContain('Handhygiëne');
  });
});

describe('an announcement for roles within units', () => {
  it('reaches the managers of Zorg Noord only, counts only them, and asks for both lists', async () => {
    const zorgNoord = await buildOrgUnit(db, org.organisation.id, { name: 'Zorg Noord' });
    const wijkNoord = await buildOrgUnit(db, org.organisation.id, {
      name: 'Wijk Noord',
      parentId: zorgNoord.id,
    });
    const zorgWest = await buildOrgUnit(db, org.organisation.id, { name: 'Zorg West' });
    const person = (givenName: string, orgUnitId: string, managerId?: string) =>
      buildPerson(db, org.organisation.id, { givenName, orgUnitId, managerId, password: testPassword });
    const noordManager = await person('Ria', wijkNoord.id);
    const noordEmployee = await person('Bas', zorgNoord.id, noordManager.id);
    const westManager = await person('Wim', zorgWest.id);
    await person('Els', zorgWest.id, westManager.id);
    const [ria, bas, wim] = await Promise.all(
      [noordManager, noordEmployee, westManager].map((p) => signInAs(app, p)),
    );

    const created = await org.as.owner.post('/api/v1/announcements', {
      translations: [{ locale: 'nl', title: 'Voor leidinggevenden Noord', bodyHtml: '<p>Overleg.</p>' }],
      audienceKind: 'units_and_roles',
      audienceUnitIds: [zorgNoord.id],
      audienceRoles: ['manager'],
      publishAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    expect(created.json()).toMatchObject({ audienceKind: 'units_and_roles', audienceRoles: ['manager'] });
    const titles = async (client: Client) =>
      (await client.get('/api/v1/announcements/feed')).json<Feed>().map((item) => item.title);
    expect(await titles(ria!)).toContain('Voor leidinggevenden Noord');
    expect(await titles(bas!)).not.toContain('Voor leidinggevenden Noord');
    expect(await titles(wim!)).not.toContain('Voor leidinggevenden Noord');
    expect((await ria!.get(`/api/v1/announcements/${id}`)).json<{ isForMe: boolean }>().isForMe).toBe(true);
    expect((await bas!.get(`/api/v1/announcements/${id}`)).statusCode).toBe(404);
    expect((await wim!.get(`/api/v1/announcements/${id}`)).statusCode).toBe(404);

    const reach = (await org.as.owner.get(`/api/v1/announcements/${id}/reach`)).json<{
      audience: number;
      byUnit: { unit: { name: string }; audience: number }[];
    }>();
    expect(reach.audience).toBe(1);
    expect(reach.byUnit.map((u) => [u.unit.name, u.audience])).toEqual([['Wijk Noord', 1]]);

    const noUnits = await org.as.owner.post('/api/v1/announcements', {
      translations: [{ locale: 'nl', title: 'x', bodyHtml: '<p>x</p>' }],
      audienceKind: 'units_and_roles',
      audienceRoles: ['manager'],
    });
    expect(noUnits.statusCode).toBe(400);
    expect(noUnits.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('audienceUnitIds');
    const noRoles = await org.as.owner.patch(`/api/v1/announcements/${id}`, { audienceRoles: [] });
    expect(noRoles.statusCode).toBe(400);
    expect(noRoles.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('audienceRoles');
  });
});
