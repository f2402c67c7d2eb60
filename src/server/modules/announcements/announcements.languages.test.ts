import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, signInAs, startTestApp, testPassword } from '../../test/test-app.ts';

// Every colleague's language for announcements: the organisation enables Polish, Arabic and German (the
// campaign settings' content languages); an announcement is written in Polish and Arabic beside Dutch
// and English; each reader gets their own, and a German reader — no German text — their interface
// language, else the organisation's default.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

type Shown = { id: string; title: string; locale: string; dir: string };
const text = (locale: string, title: string) => ({ locale, title, bodyHtml: `<p>${title}.</p>` });
const now = () => new Date(Date.now() - 1000).toISOString();

async function reader(locale: 'nl' | 'en' | null, contentLanguage: string | null) {
  const person = await buildPerson(db, org.organisation.id, { password: testPassword, locale });
  const client = await signInAs(app, person);
  if (contentLanguage) {
    const chosen = await client.put('/api/v1/nudges/preferences', { optedOut: [], contentLanguage });
    expect(chosen.statusCode, chosen.body).toBe(200);
  }
  return client;
}

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const enabled = await org.as.ldAdmin.patch('/api/v1/campaign-settings', {
    contentLanguages: ['pl', 'ar', 'de'],
  });
  expect(enabled.statusCode, enabled.body).toBe(200);
});

describe('an announcement in the organisation’s content languages', () => {
  it('reaches a Polish reader in Polish, an Arabic one right to left, a German one in their own nl/en', async () => {
    const [polish, arabic, germanEnglish, germanDefault] = await Promise.all([
      reader('nl', 'pl'),
      reader('nl', 'ar'),
      reader('en', 'de'),
      reader(null, 'de'),
    ]);
    const created = await org.as.ldAdmin.post('/api/v1/announcements', {
      translations: [
        text('nl', 'Nieuwe roosters'),
        text('en', 'New rosters'),
        text('PL', 'Nowe grafiki'),
        text('ar', 'جداول جديدة'),
      ],
      publishAt: now(),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    // Tags are canonicalised (PL is pl); the writer sees every text with its direction.
    expect(created.json<{ translations: { locale: string; dir: string }[] }>().translations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ locale: 'pl', dir: 'ltr' }),
        expect.objectContaining({ locale: 'ar', dir: 'rtl' }),
      ]),
    );

    const feedOf = async (client: typeof polish) =>
      (await client.get('/api/v1/announcements/feed')).json<Shown[]>().find((item) => item.id === id);
    expect(await feedOf(polish)).toMatchObject({ title: 'Nowe grafiki', locale: 'pl', dir: 'ltr' });
    expect(await feedOf(arabic)).toMatchObject({ title: 'جداول جديدة', locale: 'ar', dir: 'rtl' });
    expect(await feedOf(germanEnglish)).toMatchObject({ title: 'New rosters', locale: 'en' });
    // No interface language of their own: the organisation's default (Dutch).
    expect(await feedOf(germanDefault)).toMatchObject({ title: 'Nieuwe roosters', locale: 'nl' });

    // The announcement page and the bell say the same.
    const page = (await polish.get(`/api/v1/announcements/${id}`)).json<Shown>();
    expect(page).toMatchObject({ title: 'Nowe grafiki', locale: 'pl' });
    const bell = (await arabic.get('/api/v1/notifications')).json<{ items: { title: string }[] }>();
    expect(bell.items.map((item) => item.title)).toContain('جداول جديدة');
    const englishBell = (await germanEnglish.get('/api/v1/notifications')).json<{
      items: { title: string }[];
    }>();
    expect(englishBell.items.map((item) => item.title)).toContain('New rosters');
  });

  it('reads pt-BR readers the Portuguese text when there is no Brazilian one', async () => {
    const enabled = await org.as.ldAdmin.patch('/api/v1/campaign-settings', {
      contentLanguages: ['pl', 'ar', 'de', 'pt', 'pt-BR'],
    });
    expect(enabled.statusCode, enabled.body).toBe(200);
    const brazilian = await reader('en', 'pt-BR');
    const created = await org.as.ldAdmin.post('/api/v1/announcements', {
      translations: [text('nl', 'Zomerrooster'), text('pt', 'Horário de verão')],
      publishAt: now(),
    });
    expect(created.statusCode, created.body).toBe(201);
    const page = await brazilian.get(`/api/v1/announcements/${created.json<{ id: string }>().id}`);
    expect(page.json()).toMatchObject({ title: 'Horário de verão', locale: 'pt' });
  });

  it('tells writers the languages they may use, and nobody else', async () => {
    const languages = await org.as.ldAdmin.get('/api/v1/announcements/languages');
    expect(languages.json()).toEqual({ contentLanguages: ['pl', 'ar', 'de', 'pt', 'pt-BR'] });
    expect((await org.as.employee.get('/api/v1/announcements/languages')).statusCode).toBe(403);
  });

  it('refuses an unknown code, a language not enabled, twice the same, or no Dutch or English', async () => {
    const post = (translations: unknown[]) =>
      org.as.ldAdmin.post('/api/v1/announcements', { translations, publishAt: now() });
    const unknown = await post([text('nl', 'Hallo'), text('xx', 'Hallo')]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      errors: [expect.objectContaining({ field: 'translations.1.locale' })],
    });
    const swedish = await post([text('nl', 'Hallo'), text('sv', 'Hej')]);
    expect(swedish.statusCode).toBe(400);
    expect(swedish.json()).toMatchObject({
      errors: [expect.objectContaining({ field: 'translations.1.locale', code: 'notEnabled' })],
    });
    const twice = await post([text('nl', 'Hallo'), text('pl', 'Cześć'), text('PL', 'Cześć')]);
    expect(twice.statusCode).toBe(400);
    expect(twice.json()).toMatchObject({
      errors: [expect.objectContaining({ field: 'translations.2.locale' })],
    });
    const onlyPolish = await post([text('pl', 'Cześć')]);
    expect(onlyPolish.statusCode).toBe(400);
    expect(onlyPolish.json()).toMatchObject({
      errors: [expect.objectContaining({ field: 'translations', code: 'interfaceLanguageRequired' })],
    });
    // Nothing half-applied: none of the refused ones exists.
    const list = (await org.as.ldAdmin.get('/api/v1/announcements')).json<{ title: string }[]>();
    expect(list.map((a) => a.title)).not.toContain('Hallo');
  });
});
