import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, browserPerFile, demo, lacks, screenshot, shows, signIn } from './support.ts';

// Journey: L&D gives an outside content provider an LRS key. The provider's simulation sends xAPI
// statements: two by Zoë under her work e-mail (matched to her by themselves) and one under her private
// e-mail (unmatched). L&D finds them in the statement browser by person, verb, activity and date, opens
// one, then tells Groeipad who the private address is; the statement moves to Zoë.
const browser = browserPerFile();

const activity = (n: number) => `https://simulatie.example/reanimatie/module-${n}`;
const completed = 'http://adlnet.gov/expapi/verbs/completed';
const experienced = 'http://adlnet.gov/expapi/verbs/experienced';
const privateMail = `zoe.thuis.${Date.now()}@privemail.example`;

/** A calendar day in this machine's time zone (the browser's too), as a date field takes it. */
const day = (offsetDays = 0) => {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

async function sendStatements(key: string, secret: string, statements: unknown[]): Promise<string[]> {
  const response = await fetch(`${baseUrl}/xapi/statements`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`,
      'x-experience-api-version': '1.0.3',
      'content-type': 'application/json',
    },
    body: JSON.stringify(statements),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as string[];
}

const statement = (actor: object, verb: string, n: number, name: string, result?: object) => ({
  actor: { objectType: 'Agent', ...actor },
  verb: { id: verb, display: { 'nl-NL': verb === completed ? 'afgerond' : 'bekeken' } },
  object: { objectType: 'Activity', id: activity(n), definition: { name: { 'nl-NL': name } } },
  ...(result ? { result } : {}),
});

/** The statement list's rows, without the header row. */
const rowsOf = (page: Page) =>
  page
    .getByRole('table', { name: 'Statements' })
    .getByRole('row')
    .filter({ hasNot: page.getByRole('columnheader') });

/** Does something that asks the statement list again, and waits until the answer is in. */
async function listAfter(page: Page, action: () => Promise<void>) {
  const answered = page.waitForResponse((response) => response.url().includes('/api/v1/lrs/statements'));
  await action();
  await answered;
}

/** Waits until the element has left the page (the list before the filter may still be showing). */
const gone = (locator: Locator) => locator.first().waitFor({ state: 'detached' });

async function filter(
  page: Page,
  fields: { verb?: string; activity?: string; since?: string; until?: string },
) {
  const form = page.getByRole('form', { name: 'Statements filteren' });
  await form.getByLabel('Werkwoord').fill(fields.verb ?? '');
  await form.getByLabel('Activiteit').fill(fields.activity ?? '');
  await form.getByLabel('Vanaf').fill(fields.since ?? '');
  await form.getByLabel('Tot en met').fill(fields.until ?? '');
  await listAfter(page, () => form.getByRole('button', { name: 'Tonen' }).click());
}

async function pickPerson(page: Page, scope: Page | Locator, search: string, name: RegExp) {
  await scope.getByRole('combobox', { name: 'Persoon' }).fill(search);
  await page.getByRole('option', { name }).first().click();
}

describe('learning record store for L&D', () => {
  test('a provider key, its statements found by person, verb, activity and date, one opened, an unknown actor matched', async () => {
    const ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);

    // A key for the simulation provider: the secret is shown once.
    await ld.goto('/admin/lrs/credentials');
    await shows(ld.getByRole('heading', { level: 1, name: 'Leerregistratie (LRS)' }));
    await ld.getByLabel('Naam', { exact: true }).fill('Reanimatiesimulatie');
    await ld.getByLabel(/\(define\)/).check();
    await ld.getByRole('button', { name: 'Sleutel aanmaken' }).click();
    const secretDialog = ld.getByRole('dialog', { name: 'Kopieer het geheim nu' });
    const key = await secretDialog.getByLabel('Sleutel (gebruikersnaam)').inputValue();
    const secret = await secretDialog.getByLabel('Geheim (wachtwoord)').inputValue();
    expect(await secretDialog.getByLabel('Adres').inputValue()).toBe(`${baseUrl}/xapi/`);
    await screenshot(ld, 'lrs-1-key-created');
    await secretDialog.getByRole('button', { name: 'Ik heb het gekopieerd' }).click();
    await shows(ld.getByRole('row').filter({ hasText: 'Reanimatiesimulatie' }).getByText('Actief'));

    // The simulation reports: Zoë under her work address twice, and once under a private one.
    await sendStatements(key, secret, [
      statement({ mbox: `mailto:${demo.employee}` }, completed, 1, 'Reanimatie: de basis', {
        success: true,
        completion: true,
        score: { scaled: 0.9 },
      }),
      statement({ mbox: `mailto:${demo.employee}` }, experienced, 2, 'Reanimatie: de AED'),
      statement({ name: 'Zoë (thuis)', mbox: `mailto:${privateMail}` }, completed, 3, 'Reanimatie: kinderen'),
    ]);

    // Everything arrived, newest first; the private address is not linked to anyone yet.
    await listAfter(ld, async () => {
      await ld.goto('/admin/lrs');
    });
    await shows(
      rowsOf(ld)
        .filter({ hasText: 'Reanimatie: kinderen' })
        .getByText(/niet gekoppeld/),
    );

    // By person: Zoë's two statements, not the private address's.
    await pickPerson(ld, ld, 'Zoë', /Zoë van den Berg/);
    await listAfter(ld, () => ld.getByRole('button', { name: 'Tonen' }).click());
    await gone(rowsOf(ld).filter({ hasText: 'Reanimatie: kinderen' }));
    await shows(rowsOf(ld).filter({ hasText: 'Reanimatie: de AED' }));
    await shows(
      rowsOf(ld)
        .filter({ hasText: 'Reanimatie: de basis' })
        .getByText(/geslaagd · afgerond/),
    );
    expect(new URL(ld.url()).searchParams.get('personId')).toBeTruthy();
    await screenshot(ld, 'lrs-2-by-person');

    // By person and verb: only what she completed.
    await filter(ld, { verb: completed });
    await gone(rowsOf(ld).filter({ hasText: 'Reanimatie: de AED' }));
    await shows(rowsOf(ld).filter({ hasText: 'Reanimatie: de basis' }));

    // By activity, for everyone: module 3, done under the private address.
    await listAfter(ld, () => ld.getByRole('button', { name: 'Filters wissen' }).click());
    await filter(ld, { activity: activity(3) });
    await gone(rowsOf(ld).filter({ hasText: 'Reanimatie: de basis' }));
    expect(await rowsOf(ld).count()).toBe(1);
    await shows(rowsOf(ld).getByText('Zoë (thuis)'));

    // By date: nothing of it was stored before today; today it is all there.
    await filter(ld, { activity: activity(3), until: day(-1) });
    await shows(ld.getByText('Geen statements bij deze filters.'));
    await filter(ld, { activity: activity(3), since: day(0), until: day(0) });
    await shows(rowsOf(ld).getByText('Zoë (thuis)'));

    // Opening the statement shows who did what, and the statement as the provider sent it with what
    // the store added (id, authority).
    await rowsOf(ld)
      .getByRole('button', { name: /^Statement van .* bekijken$/ })
      .click();
    const opened = ld.getByRole('dialog', { name: 'Statement' });
    await shows(opened.getByText('Reanimatie: kinderen'));
    await shows(opened.getByText(`(${privateMail})`));
    const sent = JSON.parse((await opened.locator('pre').textContent()) ?? '') as Record<string, unknown>;
    expect(sent).toMatchObject({
      actor: { mbox: `mailto:${privateMail}`, name: 'Zoë (thuis)' },
      verb: { id: completed },
      object: { id: activity(3) },
      authority: { name: 'Reanimatiesimulatie', account: { name: key } },
    });
    expect(sent.id).toMatch(/^[0-9a-f-]{36}$/);
    await screenshot(ld, 'lrs-3-statement-opened');
    await opened.getByRole('button', { name: 'Sluiten' }).click();

    // Actors: the private address waits to be matched; L&D says it is Zoë.
    await ld
      .getByRole('navigation', { name: 'Leerregistratie' })
      .getByRole('link', { name: 'Actoren' })
      .click();
    await ld.getByLabel('Zoek op naam of adres').fill(privateMail);
    const unmatched = ld.getByRole('row').filter({ hasText: privateMail });
    await shows(unmatched.getByText('Niet gekoppeld'));
    await screenshot(ld, 'lrs-4-unmatched-actors');
    await unmatched.getByRole('button', { name: 'Zoë (thuis) aan een persoon koppelen' }).click();
    const matchDialog = ld.getByRole('dialog', { name: 'Wie is Zoë (thuis)?' });
    await pickPerson(ld, matchDialog, 'Zoë', /Zoë van den Berg/);
    await matchDialog.getByRole('button', { name: 'Koppelen', exact: true }).click();
    await shows(matchDialog.getByText('1 statement verplaatst.'));
    await screenshot(ld, 'lrs-5-actor-matched');
    await ld.keyboard.press('Escape');

    // It is listed as matched by hand, and its statement is now among Zoë's.
    await ld.getByLabel('Toon').selectOption('matched');
    const matched = ld.getByRole('row').filter({ hasText: privateMail });
    await shows(matched.getByText(/Zoë van den Berg/));
    await shows(matched.getByText('(met de hand)'));
    await listAfter(ld, () => matched.getByRole('link', { name: '1 statement' }).click());
    await shows(rowsOf(ld).filter({ hasText: 'Reanimatie: kinderen' }).getByText('Zoë van den Berg'));
    await lacks(rowsOf(ld).getByText(/niet gekoppeld/));
    await screenshot(ld, 'lrs-6-matched-statements');
  }, 240_000); // six screens, each checked by axe: more than the default two minutes on a busy machine
});
