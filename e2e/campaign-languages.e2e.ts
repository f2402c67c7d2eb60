import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Every colleague's language (issue 17): L&D enables Polish and Arabic for messages (the screens stay
// Dutch/English), writes the hum banner's Arabic text in the editor (typed right to left), and an
// employee who reads Groeipad in English but chose Arabic for messages sees the banner in Arabic, shown
// right to left, on their home page.
const browser = browserPerFile();
const run = Date.now().toString(36);

const amsterdamToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
const inDays = (days: number) => {
  const date = new Date(`${amsterdamToday()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

async function send(page: Page, method: 'post' | 'patch' | 'put', url: string, data?: unknown) {
  const me = await (await page.request.get('/api/v1/me')).json();
  const response = await page.request[method](url, { data, headers: { 'x-csrf-token': me.csrfToken } });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response.status() === 204 ? null : response.json();
}

// The demo organisation is shared: the languages, the campaign and the employee's choices are undone.
const undo: { languages?: string[]; campaignId?: string; employeeLocale?: string | null } = {};
afterAll(async () => {
  const ld = await browser.newPage();
  await signIn(ld, demo.ldAdmin);
  if (undo.campaignId) await send(ld, 'post', `/api/v1/campaigns/${undo.campaignId}/stop`, {});
  if (undo.languages)
    await send(ld, 'patch', '/api/v1/campaign-settings', { contentLanguages: undo.languages });
  if (undo.employeeLocale !== undefined) {
    const employee = await browser.newPage();
    await signIn(employee, demo.employee);
    await send(employee, 'put', '/api/v1/nudges/preferences', { optedOut: [], contentLanguage: null });
    await send(employee, 'patch', '/api/v1/me', { locale: undo.employeeLocale });
  }
});

describe('campaign languages', () => {
  test('an Arabic text written by L&D reaches an English-speaking employee right to left', async () => {
    const ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);
    undo.languages = (await (await ld.request.get('/api/v1/campaign-settings')).json()).contentLanguages;

    // Settings (Dutch screens): an unknown code is refused by name; Polish and Arabic are added.
    await ld.goto('/campaigns/settings');
    const card = ld.getByRole('region', { name: 'Talen van berichten' });
    await card.getByLabel('Taal toevoegen').fill('xx');
    await card.getByRole('button', { name: 'Toevoegen' }).click();
    await shows(card.getByText('Dit is geen bekende taalcode'));
    for (const tag of ['pl', 'ar']) {
      await card.getByLabel('Taal toevoegen').fill(tag);
      await card.getByRole('button', { name: 'Toevoegen' }).click();
      await expect.poll(() => card.getByLabel('Taal toevoegen').inputValue()).toBe('');
    }
    await shows(card.getByText('Pools'));
    await shows(card.getByText('Arabisch'));
    await screenshot(ld, 'campaign-languages-1-settings');

    // The editor: a title per enabled language; the Arabic one is typed right to left.
    const titleAr = `أسبوع النمو ${run}`;
    const draft = await send(ld, 'post', '/api/v1/campaigns', {
      title: `Groeiweek ${run}`,
      audience: {},
      startsOn: amsterdamToday(),
      singFrom: inDays(7),
      shoutFrom: inDays(14),
      endsOn: inDays(21),
      messages: [
        {
          phase: 'hum',
          channel: 'banner',
          sendOn: amsterdamToday(),
          titleNl: `Groeiweek ${run}`,
          titleEn: `Growth week ${run}`,
          bodyNl: 'Leer iets nieuws.',
          bodyEn: 'Learn something new.',
          link: '/learning/catalogue',
        },
      ],
    });
    undo.campaignId = draft.id;
    await ld.goto(`/campaigns/${draft.id}/edit`);
    const arabicTitle = ld.getByLabel('Titel (Arabisch)');
    await shows(arabicTitle);
    expect(await arabicTitle.getAttribute('dir')).toBe('rtl');
    expect(await arabicTitle.getAttribute('lang')).toBe('ar');
    await arabicTitle.fill(titleAr);
    await ld.getByLabel('Tekst (Arabisch)').fill('تعلم شيئا جديدا.');
    await shows(ld.getByText('De taalcheck (B1) werkt alleen voor Nederlands en Engels.').first());
    await screenshot(ld, 'campaign-languages-2-editor');
    await ld.getByRole('button', { name: 'Opslaan' }).click();
    await shows(ld.getByRole('button', { name: 'Campagne starten' }));
    await ld.getByRole('button', { name: 'Campagne starten' }).click();
    await shows(ld.getByRole('button', { name: 'Campagne stoppen' }));

    // The employee reads Groeipad in English and chooses Arabic for messages on My profile.
    const employee = await browser.newPage();
    await signIn(employee, demo.employee);
    undo.employeeLocale = (await (await employee.request.get('/api/v1/me')).json()).person.locale ?? null;
    await send(employee, 'patch', '/api/v1/me', { locale: 'en' });
    await employee.goto('/profile');
    await employee.getByLabel('Language of messages').selectOption('ar');
    await expect
      .poll(
        async () => (await (await employee.request.get('/api/v1/nudges/preferences')).json()).contentLanguage,
      )
      .toBe('ar');
    await screenshot(employee, 'campaign-languages-3-profile-en');
    await employee.goto('/');
    const banner = employee.getByRole('region', { name: 'Campaign' });
    const heading = banner.getByRole('heading', { name: titleAr, exact: true });
    await shows(heading);
    // The text is marked Arabic and right to left; the button stays in the interface's English.
    const text = banner.locator('[dir="rtl"][lang="ar"]');
    await shows(text);
    await shows(banner.getByRole('button', { name: 'See the learning' }));
    await screenshot(employee, 'campaign-languages-4-home-ar');
  });
});
