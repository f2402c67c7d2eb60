import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { forOrganisation } from '../../db/tenant.ts';
import { buildPerson } from '../../factories/factories.ts';
import { createModuleDeps } from '../../modules.ts';
import { buildOrganisationWithRoles, signInAs, startTestApp, testPassword } from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';
import { at, campaignBody, inDays, message, today } from './campaigns.fixtures.ts';
import { sendDueMessages, sendNudges } from './index.ts';

// Campaigns keep learning in view without flooding anyone: the hum banner on home in each person's
// language, e-mail and nudges together never beyond the weekly cap, quiet hours, opt-outs, and the
// Teams/Slack address and secret never shown.
const { app, db, config } = await startTestApp();
const deps = createModuleDeps({ db, config, log: pino({ level: 'silent' }) });
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let itemId: string;

const contactsOf = async (personId: string) =>
  forOrganisation(db, org.organisation.id)
    .selectFrom('campaign_contacts')
    .select(['source', 'nudge_kind', 'counts_to_cap'])
    .where('person_id', '=', personId)
    .where('counts_to_cap', '=', true)
    .execute();
const bellOf = async (personId: string) =>
  forOrganisation(db, org.organisation.id)
    .selectFrom('notifications')
    .select(['kind', 'title'])
    .where('person_id', '=', personId)
    .where('kind', 'like', 'nudge_%')
    .execute();

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const item = await org.as.ldAdmin.post(
    '/api/v1/catalogue/items',
    article('Feedback vragen', {
      versions: [
        { language: 'nl', title: 'Feedback vragen', bodyHtml: '<p>Vraag door.</p>' },
        { language: 'en', title: 'Asking for feedback', bodyHtml: '<p>Ask on.</p>' },
      ],
    }),
  );
  itemId = item.json<{ id: string }>().id;
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${itemId}/status`, { status: 'published' });
});

describe('a campaign', () => {
  it('shows its hum banner on the home of people it reaches, in their own language, once launched', async () => {
    const english = await buildPerson(db, org.organisation.id, {
      password: testPassword,
      locale: 'en',
      orgUnitId: org.unit.id,
    });
    const asEnglish = await signInAs(app, english);
    const created = await org.as.ldAdmin.post(
      '/api/v1/campaigns',
      campaignBody({ promoted: [{ type: 'content', id: itemId }], audience: { unitIds: [org.unit.id] } }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    expect((await org.as.employee.get('/api/v1/spotlight')).json()).toMatchObject({ banners: [] });

    const launched = await org.as.ldAdmin.post(`/api/v1/campaigns/${id}/launch`);
    expect(launched.json()).toMatchObject({ status: 'running', phase: 'hum' });
    const dutch = (await org.as.employee.get('/api/v1/spotlight')).json<{
      banners: { id: string; title: string }[];
    }>();
    expect(dutch.banners).toMatchObject([{ title: 'Vraag eens om feedback' }]);
    expect((await asEnglish.get('/api/v1/spotlight')).json()).toMatchObject({
      banners: [{ title: 'Ask for feedback' }],
    });
    // The sing card waits for its phase.
    expect((await org.as.employee.get('/api/v1/spotlight')).json()).toMatchObject({ cards: [] });

    expect((await org.as.employee.post(`/api/v1/spotlight/${dutch.banners[0]!.id}/click`)).statusCode).toBe(
      204,
    );
    const results = (await org.as.ldAdmin.get(`/api/v1/campaigns/${id}/results`)).json();
    expect(results).toMatchObject({ reach: 1, opened: 1, clicked: 1, days: 1 });
    // A launched campaign is not rewritten.
    expect((await org.as.ldAdmin.put(`/api/v1/campaigns/${id}`, campaignBody())).statusCode).toBe(409);
  });

  it('previews each message in Dutch and English before it goes out', async () => {
    const created = await org.as.ldAdmin.post('/api/v1/campaigns', campaignBody());
    const view = created.json<{ id: string; messages: { id: string; channel: string }[] }>();
    const email = view.messages.find((m) => m.channel === 'email')!;
    const preview = (
      await org.as.ldAdmin.get(`/api/v1/campaigns/${view.id}/messages/${email.id}/preview`)
    ).json<{
      versions: { locale: string; subject: string; text: string }[];
    }>();
    expect(preview.versions.map((v) => [v.locale, v.subject])).toEqual([
      ['nl', 'Doe mee!'],
      ['en', 'Join in!'],
    ]);
    expect(preview.versions[0]!.text).toContain('Deze maand staat feedback centraal.');
  });
});

describe('the weekly contact cap, quiet hours and opt-outs', () => {
  it('never sends a person more than the cap in a week, across campaign e-mail and nudges', async () => {
    expect((await org.as.ldAdmin.patch('/api/v1/campaign-settings', { weeklyCap: 2 })).statusCode).toBe(200);
    const body = campaignBody({
      title: 'Drie mails',
      messages: [1, 2, 3].map((n) =>
        message({ channel: 'email', titleNl: `Mail ${n}`, titleEn: `Mail ${n}` }),
      ),
    });
    const id = (await org.as.ldAdmin.post('/api/v1/campaigns', body)).json<{ id: string }>().id;
    await org.as.ldAdmin.post(`/api/v1/campaigns/${id}/launch`);
    // A stalled enrolment waits for a nudge too.
    await org.as.manager.post('/api/v1/learning/enrolments', { type: 'content', id: itemId });
    await forOrganisation(db, org.organisation.id)
      .updateTable('enrolments')
      .set({
        enrolled_at: new Date(Date.now() - 30 * 86_400_000),
        last_activity_at: new Date(Date.now() - 20 * 86_400_000),
      })
      .where('person_id', '=', org.people.manager.id)
      .execute();

    const noon = at(today(), 12);
    await sendDueMessages(deps, noon);
    await sendNudges(deps, noon);
    await sendDueMessages(deps, noon);
    for (const person of [org.people.employee, org.people.manager]) {
      const contacts = await contactsOf(person.id);
      expect(contacts.length).toBe(2);
    }
    // The manager's stalled learning got no nudge: the cap was full with campaign mail.
    expect(await bellOf(org.people.manager.id)).toEqual([]);
    const results = (await org.as.ldAdmin.get(`/api/v1/campaigns/${id}/results`)).json<{
      perMessage: { reached: number }[];
    }>();
    expect(results.perMessage.map((m) => m.reached).reduce((a, b) => a + b)).toBeGreaterThan(0);
    // The third mail waits for them, with the reason on the message, and goes out once the week has room.
    const waiting = (await org.as.ldAdmin.get(`/api/v1/campaigns/${id}`)).json<{
      messages: { status: string; lastError: string | null }[];
    }>();
    expect(waiting.messages.filter((m) => m.status === 'planned')).toEqual([
      expect.objectContaining({ lastError: expect.stringContaining('weekly cap') }),
    ]);
    await sendDueMessages(deps, at(inDays(8), 12));
    for (const person of [org.people.employee, org.people.manager])
      expect((await contactsOf(person.id)).filter((c) => c.source === 'campaign').length).toBe(3);
    const sent = (await org.as.ldAdmin.get(`/api/v1/campaigns/${id}`)).json<{
      messages: { status: string }[];
    }>();
    expect(sent.messages.map((m) => m.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('sends a nudge for a stalled enrolment once, not again within the cap window, and not in quiet hours', async () => {
    await org.as.ldAdmin.patch('/api/v1/campaign-settings', {
      weeklyCap: 5,
      quietFrom: '18:00',
      quietUntil: '08:00',
    });
    const person = await buildPerson(db, org.organisation.id, {
      password: testPassword,
      orgUnitId: org.unit.id,
    });
    const client = await signInAs(app, person);
    await client.post('/api/v1/learning/enrolments', { type: 'content', id: itemId });
    await forOrganisation(db, org.organisation.id)
      .updateTable('enrolments')
      .set({
        enrolled_at: new Date(Date.now() - 30 * 86_400_000),
        last_activity_at: new Date(Date.now() - 15 * 86_400_000),
      })
      .where('person_id', '=', person.id)
      .execute();

    await sendNudges(deps, at(today(), 22));
    expect(await bellOf(person.id)).toEqual([]);
    await sendNudges(deps, at(today(), 11));
    expect(await bellOf(person.id)).toEqual([
      { kind: 'nudge_stalled', title: 'Je was goed op weg met "Feedback vragen". Pak je de draad weer op?' },
    ]);
    await sendNudges(deps, at(today(), 12));
    expect(await bellOf(person.id)).toHaveLength(1);
  });

  it('respects a person’s opt-out of a nudge kind', async () => {
    const person = await buildPerson(db, org.organisation.id, {
      password: testPassword,
      orgUnitId: org.unit.id,
    });
    const client = await signInAs(app, person);
    await client.put('/api/v1/nudges/preferences', { optedOut: ['stalled'] });
    await client.post('/api/v1/learning/enrolments', { type: 'content', id: itemId });
    await forOrganisation(db, org.organisation.id)
      .updateTable('enrolments')
      .set({
        enrolled_at: new Date(Date.now() - 30 * 86_400_000),
        last_activity_at: new Date(Date.now() - 15 * 86_400_000),
      })
      .where('person_id', '=', person.id)
      .execute();
    await sendNudges(deps, at(today(), 11));
    expect(await bellOf(person.id)).toEqual([]);
  });
});

describe('the Teams/Slack channel', () => {
  it('keeps the address and secret out of every answer, and shows a failed post on the message', async () => {
    const url = 'https://127.0.0.1:9/webhook/SECRETPATHabcdef123456';
    const secret = 'signing-SECRET-987654';
    const saved = await org.as.ldAdmin.patch('/api/v1/campaign-settings', {
      webhook: { kind: 'teams', url, secret },
    });
    expect(saved.json()).toMatchObject({ webhook: { kind: 'teams', hasSecret: true } });
    const created = await org.as.ldAdmin.post(
      '/api/v1/campaigns',
      campaignBody({ title: 'Kanaal', messages: [message({ channel: 'chat' })] }),
    );
    const id = created.json<{ id: string }>().id;
    await org.as.ldAdmin.post(`/api/v1/campaigns/${id}/launch`);
    await sendDueMessages(deps, at(today(), 11));
    const view = await org.as.ldAdmin.get(`/api/v1/campaigns/${id}`);
    expect(view.json()).toMatchObject({ messages: [{ status: 'planned', attempts: 1 }] });
    expect(view.json<{ messages: { lastError: string | null }[] }>().messages[0]!.lastError).toBeTruthy();
    const answers = [
      saved.body,
      view.body,
      (await org.as.ldAdmin.get('/api/v1/campaign-settings')).body,
      (await org.as.owner.get('/api/v1/events?pageSize=200')).body,
      (await org.as.ldAdmin.get(`/api/v1/campaigns/${id}/results`)).body,
    ];
    for (const body of answers) {
      expect(body).not.toContain('SECRETPATH');
      expect(body).not.toContain('SECRET-987654');
    }
  });
});

describe('the themes calendar', () => {
  it('boosts a current theme’s learning on home, and ships a starter set once', async () => {
    const added = await org.as.ldAdmin.post('/api/v1/campaign-themes', {
      nameNl: 'Feedbackmaand',
      nameEn: 'Feedback month',
      startsOn: inDays(-3),
      endsOn: inDays(10),
      learning: [{ type: 'content', id: itemId }],
    });
    expect(added.statusCode, added.body).toBe(201);
    const home = (await org.as.employee.get('/api/v1/spotlight')).json();
    expect(home).toMatchObject({
      themes: [{ name: 'Feedbackmaand', learning: [{ title: 'Feedback vragen' }] }],
    });
    expect((await org.as.ldAdmin.post('/api/v1/campaign-themes/starter-set')).json()).toEqual({ added: 4 });
    expect((await org.as.ldAdmin.post('/api/v1/campaign-themes/starter-set')).json()).toEqual({ added: 0 });
    expect((await org.as.ldAdmin.get('/api/v1/campaign-themes')).json()).toHaveLength(5);
  });
});
