import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { forOrganisation } from '../../db/tenant.ts';
import { buildPerson } from '../../factories/factories.ts';
import { createModuleDeps } from '../../modules.ts';
import { buildOrganisationWithRoles, signInAs, startTestApp, testPassword } from '../../test/test-app.ts';
import { queueMails } from '../mail/index.ts';
import { at, campaignBody, inDays, message, today } from './campaigns.fixtures.ts';
import { sendDueMessages } from './index.ts';

// Every colleague's language: L&D enables Polish, Arabic and German; a message is written in Polish and
// Arabic beside Dutch and English; each reader gets their own language, and a German reader — no German
// text — falls back to their interface language. The interface itself stays nl/en.
const { app, db, config } = await startTestApp();
const deps = createModuleDeps({ db, config, log: pino({ level: 'silent' }) });
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

const polish = { language: 'pl', title: 'Poproś o informację zwrotną', body: 'W tym miesiącu: feedback.' };
const arabic = { language: 'ar', title: 'اطلب رأي زملائك', body: 'هذا الشهر عن الملاحظات.' };

async function reader(locale: 'nl' | 'en', contentLanguage: string | null) {
  const person = await buildPerson(db, org.organisation.id, { password: testPassword, locale });
  const client = await signInAs(app, person);
  if (contentLanguage) {
    const chosen = await client.put('/api/v1/nudges/preferences', { optedOut: [], contentLanguage });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json()).toMatchObject({ contentLanguage, contentLanguages: ['pl', 'ar', 'de'] });
  }
  return { person, client };
}

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
});

describe('content languages', () => {
  it('are enabled by L&D as BCP-47 tags; an unknown code, or nl/en, is a 400 naming the entry', async () => {
    const bad = await org.as.ldAdmin.patch('/api/v1/campaign-settings', { contentLanguages: ['pl', 'xx'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      errors: [expect.objectContaining({ field: 'contentLanguages.1', code: 'unknownLanguage' })],
    });
    const always = await org.as.ldAdmin.patch('/api/v1/campaign-settings', { contentLanguages: ['nl'] });
    expect(always.json()).toMatchObject({
      errors: [expect.objectContaining({ field: 'contentLanguages.0', code: 'alwaysOn' })],
    });
    expect(
      (await org.as.employee.patch('/api/v1/campaign-settings', { contentLanguages: ['pl'] })).statusCode,
    ).toBe(403);
    // Tags are canonicalised: PL is pl.
    const saved = await org.as.ldAdmin.patch('/api/v1/campaign-settings', {
      contentLanguages: ['PL', 'ar', 'de'],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ contentLanguages: ['pl', 'ar', 'de'] });
  });

  it('refuse a message text in a language the organisation did not enable, or an unknown code', async () => {
    const swedish = await org.as.ldAdmin.post(
      '/api/v1/campaigns',
      campaignBody({ messages: [message({ translations: [{ language: 'sv', title: 'Hej' }] })] }),
    );
    expect(swedish.statusCode).toBe(400);
    expect(swedish.json()).toMatchObject({
      errors: [expect.objectContaining({ field: 'messages.0.translations.0.language', code: 'notEnabled' })],
    });
    const unknown = await org.as.ldAdmin.post(
      '/api/v1/campaigns',
      campaignBody({ messages: [message({ translations: [{ language: 'not a tag', title: 'x' }] })] }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json())).toContain('messages.0.translations.0.language');
    const me = await org.as.employee.put('/api/v1/nudges/preferences', {
      optedOut: [],
      contentLanguage: 'sv',
    });
    expect(me.statusCode).toBe(400);
    expect(me.json()).toMatchObject({ errors: [expect.objectContaining({ field: 'contentLanguage' })] });
  });

  it('give each reader their own language on home and in e-mail, with a fallback to nl/en', async () => {
    const pole = await reader('nl', 'pl');
    const arab = await reader('en', 'ar');
    const german = await reader('en', 'de');
    const dutch = await reader('nl', null);
    const created = await org.as.ldAdmin.post(
      '/api/v1/campaigns',
      campaignBody({
        messages: [
          message({ translations: [polish, arabic] }),
          message({ channel: 'email', titleNl: 'Doe mee!', titleEn: 'Join in!', translations: [polish] }),
        ],
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const campaign = created.json<{ id: string; messages: { id: string; translations: unknown[] }[] }>();
    // Each text with its direction, by tag.
    expect(campaign.messages[0]!.translations).toEqual([
      { ...arabic, dir: 'rtl' },
      { ...polish, dir: 'ltr' },
    ]);
    expect((await org.as.ldAdmin.post(`/api/v1/campaigns/${campaign.id}/launch`)).statusCode).toBe(200);

    const bannerOf = async (client: typeof pole.client) =>
      (await client.get('/api/v1/spotlight')).json<{ banners: Record<string, unknown>[] }>().banners[0];
    expect(await bannerOf(pole.client)).toMatchObject({ title: polish.title, language: 'pl', dir: 'ltr' });
    expect(await bannerOf(arab.client)).toMatchObject({ title: arabic.title, language: 'ar', dir: 'rtl' });
    // No German text: the German reader reads Groeipad in English, so gets English.
    expect(await bannerOf(german.client)).toMatchObject({ title: 'Ask for feedback', language: 'en' });
    expect(await bannerOf(dutch.client)).toMatchObject({ title: 'Vraag eens om feedback', language: 'nl' });

    // The preview shows every written language with its readers; B1 only for nl and en.
    const email = campaign.messages[1]!.id;
    const preview = (
      await org.as.ldAdmin.get(`/api/v1/campaigns/${campaign.id}/messages/${email}/preview`)
    ).json<{ versions: { locale: string; subject: string; recipients: number; readability: unknown }[] }>();
    expect(preview.versions.map((v) => [v.locale, v.subject])).toEqual([
      ['nl', 'Doe mee!'],
      ['en', 'Join in!'],
      ['pl', polish.title],
    ]);
    expect(preview.versions[2]).toMatchObject({ recipients: 1, readability: null });
    expect(preview.versions[0]!.readability).not.toBeNull();

    await sendDueMessages(deps, at(today(), 12));
    const mailTo = async (address: string) =>
      forOrganisation(db, org.organisation.id)
        .selectFrom('outbox_messages')
        .select(['subject', 'text_body'])
        .where('to_address', '=', address)
        .where('kind', '=', 'campaign_message')
        .execute();
    const [toPole] = await mailTo(pole.person.email);
    expect(toPole?.subject).toBe(polish.title);
    // The mail's frame is the interface's (Dutch for this reader), around the Polish text.
    expect(toPole?.text_body).toMatch(/^Hallo .*\n\nW tym miesiącu: feedback\./);
    expect((await mailTo(german.person.email))[0]?.subject).toBe('Join in!');
    expect((await mailTo(arab.person.email))[0]?.subject).toBe('Join in!');
    expect((await mailTo(dutch.person.email))[0]?.subject).toBe('Doe mee!');
  });

  it('send an announcement message as an announcement in its other languages too', async () => {
    const pole = await reader('nl', 'pl');
    const created = await org.as.ldAdmin.post(
      '/api/v1/campaigns',
      campaignBody({
        title: 'Aankondiging in talen',
        messages: [message({ channel: 'announcement', titleNl: 'Lanceerdag', translations: [polish] })],
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    expect((await org.as.ldAdmin.post(`/api/v1/campaigns/${id}/launch`)).statusCode).toBe(200);
    const feed = (await pole.client.get('/api/v1/announcements/feed')).json<{ title: string }[]>();
    expect(feed.map((item) => item.title)).toContain(polish.title);
    expect(feed.map((item) => item.title)).not.toContain('Lanceerdag');
  });

  it('let a person go back to their interface language', async () => {
    const pole = await reader('nl', 'pl');
    const back = await pole.client.put('/api/v1/nudges/preferences', { optedOut: [], contentLanguage: null });
    expect(back.json()).toMatchObject({ contentLanguage: null });
  });
});

describe('a theme in the organisation’s content languages', () => {
  it('shows each reader its name in their language on home; a language not enabled is a 400', async () => {
    const pole = await reader('nl', 'pl');
    const german = await reader('en', 'de');
    const theme = {
      nameNl: 'Werkstress',
      nameEn: 'Work stress',
      startsOn: inDays(-1),
      endsOn: inDays(5),
      recurrence: 'once',
    };
    const swedish = await org.as.ldAdmin.post('/api/v1/campaign-themes', {
      ...theme,
      translations: [{ language: 'sv', title: 'Arbetsstress' }],
    });
    expect(swedish.statusCode).toBe(400);
    expect(swedish.json()).toMatchObject({
      errors: [expect.objectContaining({ field: 'translations.0.language', code: 'notEnabled' })],
    });
    const added = await org.as.ldAdmin.post('/api/v1/campaign-themes', {
      ...theme,
      translations: [{ language: 'pl', title: 'Stres w pracy', body: 'Jak sobie radzić.' }],
    });
    expect(added.statusCode, added.body).toBe(201);
    const themeOf = async (client: typeof pole.client) =>
      (await client.get('/api/v1/spotlight'))
        .json<{ themes: { id: string }[] }>()
        .themes.find((t) => t.id === added.json<{ id: string }>().id);
    expect(await themeOf(pole.client)).toMatchObject({
      name: 'Stres w pracy',
      description: 'Jak sobie radzić.',
      language: 'pl',
      dir: 'ltr',
    });
    expect(await themeOf(german.client)).toMatchObject({ name: 'Work stress', language: 'en' });
    const calendar = (await org.as.ldAdmin.get('/api/v1/campaign-themes')).json<
      { nameNl: string; translations: unknown[] }[]
    >();
    expect(calendar.find((t) => t.nameNl === 'Werkstress')?.translations).toEqual([
      { language: 'pl', dir: 'ltr', title: 'Stres w pracy', body: 'Jak sobie radzić.' },
    ]);
  });
});

describe('a send round to many people', () => {
  it('writes every mail to the outbox in multi-row chunks, none lost at a chunk boundary', async () => {
    const tenant = forOrganisation(db, org.organisation.id);
    const mails = Array.from({ length: 1_101 }, (_, n) => ({
      to: `chunk-${n}@example.test`,
      kind: 'campaign_message' as const,
      locale: n % 2 ? ('en' as const) : ('nl' as const),
      vars: { name: `P${n}`, title: `Chunk ${n}`, body: 'Hallo', link: '' },
    }));
    await queueMails(tenant, mails);
    const rows = await tenant
      .selectFrom('outbox_messages')
      .select(['to_address', 'subject', 'text_body'])
      .where('to_address', 'like', 'chunk-%')
      .execute();
    expect(rows).toHaveLength(1_101);
    const last = rows.find((row) => row.to_address === 'chunk-1100@example.test');
    expect(last).toMatchObject({ subject: 'Chunk 1100' });
    expect(last?.text_body).toMatch(/^Hallo P1100/);
    expect(rows.find((row) => row.to_address === 'chunk-501@example.test')?.text_body).toMatch(/^Hello P501/);
  });
});
