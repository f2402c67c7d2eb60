import { afterAll, describe, expect, test } from 'vitest';
import { browserPerFile, callApi, demo, lacks, screenshot, shows, signIn } from './support.ts';

// Every colleague's language for announcements (issue 17): the demo organisation writes in Polish beside
// Dutch and English. An author writes an announcement in Dutch and Polish in the form (the Polish fields
// marked lang="pl"); an employee who reads Groeipad in English but chose Polish for messages gets the
// Polish text on their home page and its page; a Dutch colleague gets the Dutch one. The author sees
// the form in English too.
const browser = browserPerFile();
const run = Date.now().toString(36);
const titleNl = `Nieuwe roosters ${run}`;
const titlePl = `Nowe grafiki ${run}`;

const undo: { employeeLocale?: string | null; authorLocale?: string | null } = {};
afterAll(async () => {
  if (undo.employeeLocale !== undefined) {
    const employee = await browser.newPage();
    await signIn(employee, demo.employee);
    await callApi(employee, 'PUT', '/api/v1/nudges/preferences', { optedOut: [], contentLanguage: null });
    await callApi(employee, 'PATCH', '/api/v1/me', { locale: undo.employeeLocale });
  }
  if (undo.authorLocale !== undefined) {
    const author = await browser.newPage();
    await signIn(author, demo.ldAdmin);
    await callApi(author, 'PATCH', '/api/v1/me', { locale: undo.authorLocale });
  }
});

describe('announcement languages', () => {
  test('a Polish text written in the form reaches a Polish reader; Dutch readers keep Dutch', async () => {
    const author = await browser.newPage();
    await signIn(author, demo.ldAdmin);
    await author.goto('/announcements');
    await author.getByRole('button', { name: 'Nieuw bericht' }).click();
    await author.getByLabel('Titel (Nederlands)').fill(titleNl);
    await author
      .getByRole('textbox', { name: 'Tekst (Nederlands)' })
      .fill('Vanaf maart gelden de nieuwe roosters.');
    const polishTitle = author.getByLabel('Titel (Pools)');
    await shows(polishTitle);
    expect(await polishTitle.getAttribute('lang')).toBe('pl');
    await polishTitle.fill(titlePl);
    // A Polish title without its text is refused on the field before anything is sent.
    await author.getByRole('radio', { name: 'Eén of meer eenheden' }).check();
    await author.getByRole('checkbox', { name: 'Lindehof – Afdeling 1' }).check();
    await author.getByRole('button', { name: 'Publiceren' }).click();
    await shows(author.getByRole('textbox', { name: 'Tekst (Pools)' }));
    await lacks(author.getByRole('link', { name: titleNl }));
    await author.getByRole('textbox', { name: 'Tekst (Pools)' }).fill('Od marca obowiązują nowe grafiki.');
    await screenshot(author, 'announcement-languages-1-form-nl');
    await author.getByRole('button', { name: 'Publiceren' }).click();
    await shows(author.getByRole('link', { name: titleNl }));

    // The employee reads Groeipad in English and chose Polish for messages.
    const employee = await browser.newPage();
    await signIn(employee, demo.employee);
    undo.employeeLocale = (await callApi(employee, 'GET', '/api/v1/me')).json.person.locale ?? null;
    await callApi(employee, 'PATCH', '/api/v1/me', { locale: 'en' });
    const chosen = await callApi(employee, 'PUT', '/api/v1/nudges/preferences', {
      optedOut: [],
      contentLanguage: 'pl',
    });
    expect(chosen.status).toBe(200);
    await employee.goto('/');
    const item = employee.locator('li[lang="pl"]', { hasText: titlePl });
    await shows(item);
    await lacks(employee.getByRole('link', { name: titleNl }));
    await screenshot(employee, 'announcement-languages-2-home-pl');
    await employee.getByRole('link', { name: titlePl }).click();
    await shows(employee.getByText('Od marca obowiązują nowe grafiki.'));

    // A Dutch colleague in the same unit reads the Dutch text.
    const dutch = await browser.newPage();
    await signIn(dutch, demo.manager);
    await shows(dutch.getByRole('link', { name: titleNl }));
    await lacks(dutch.getByRole('link', { name: titlePl }));

    // The author's form in English: the Polish text is there to change.
    undo.authorLocale = (await callApi(author, 'GET', '/api/v1/me')).json.person.locale ?? null;
    await callApi(author, 'PATCH', '/api/v1/me', { locale: 'en' });
    await author.goto('/announcements');
    await author.getByRole('link', { name: titleNl }).click();
    await author.getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => author.getByLabel('Title (Polish)').inputValue()).toBe(titlePl);
    await screenshot(author, 'announcement-languages-3-form-en');
  });
});
