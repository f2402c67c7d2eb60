import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journeys: a colleague gives kudos for a shared step, tied to the core value it shows; the team leader
// starts a team challenge and sees the team leaderboard move when points are earned.
const browser = browserPerFile();

describe('recognition', () => {
  test('the employee sees celebrations on home and gives kudos tied to a core value', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    await shows(page.getByRole('heading', { level: 2, name: 'Om te vieren' }));
    await screenshot(page, 'recognition-1-home-celebrations');

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Erkenning' })
      .click();
    await shows(page.getByRole('heading', { level: 1, name: 'Erkenning' }));
    await shows(
      page.getByText('“Wat nam je vanochtend de tijd voor mevrouw De Wit. Dat zag ze, en ik ook.”'),
    );
    await shows(page.getByText(/kernwaarde Aandacht/));
    await screenshot(page, 'recognition-2-my-recognition');

    const shared = page.getByRole('region', { name: "Gedeeld door collega's" });
    const step = shared
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Geef kudos' }) })
      .first();
    await step.getByRole('button', { name: 'Geef kudos' }).click();
    const dialog = page.getByRole('dialog');
    await shows(dialog.getByRole('heading', { name: /^Geef .+ kudos$/ }));
    await dialog.getByLabel('Wat wil je zeggen?').fill('Mooi dat je dit hebt afgerond, en dat je het deelt!');
    await dialog.getByLabel('Past bij kernwaarde').selectOption({ label: 'Vakmanschap' });
    await screenshot(page, 'recognition-3-give-kudos-dialog');
    await dialog.getByRole('button', { name: 'Verstuur kudos' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 30_000 }).toBe(0);
    await shows(shared.getByText('Je gaf kudos'));
    await screenshot(page, 'recognition-4-kudos-given');
  });

  test('the team leader starts a team challenge and the team leaderboard moves', async () => {
    const page = await browser.newPage({ locale: 'nl-NL' });
    await signIn(page, demo.manager);
    await page.goto('/recognition/challenges');
    await shows(page.getByRole('heading', { level: 1, name: 'Uitdagingen' }));
    const form = page.getByRole('region', { name: 'Nieuwe uitdaging' });
    await form.getByLabel('Naam van de uitdaging').fill('Lindehof 1: 50 punten deze week');
    await form.getByLabel('Wat telt').selectOption('points');
    await form.getByLabel('Doel per team (punten)').fill('50');
    const today = new Date().toISOString().slice(0, 10);
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Van', { exact: true }).fill(today);
    await form.getByLabel('Tot en met').fill(nextWeek);
    await form.getByLabel('Lindehof – Afdeling 1').check();
    await screenshot(page, 'recognition-5-new-challenge');
    await form.getByRole('button', { name: 'Start de uitdaging' }).click();
    await shows(form.getByText('De uitdaging is gestart.'));
    await page.getByRole('link', { name: 'Bekijk "Lindehof 1: 50 punten deze week"' }).click();
    await shows(page.getByRole('heading', { level: 1, name: 'Lindehof 1: 50 punten deze week' }));
    const standings = page.getByRole('list', { name: 'Stand van de teams' });
    const before = (await standings.textContent()) ?? '';
    await screenshot(page, 'recognition-6-challenge-before');

    // Recognising a step in the team earns points for the team.
    await page.goto('/recognition/team');
    await shows(page.getByRole('heading', { level: 1, name: 'Stappen in mijn team' }));
    const step = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Geef kudos' }) })
      .first();
    await step.getByRole('button', { name: 'Geef kudos' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Wat wil je zeggen?').fill('Knap gedaan, dit helpt het hele team.');
    await dialog.getByRole('button', { name: 'Verstuur kudos' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 30_000 }).toBe(0);
    await screenshot(page, 'recognition-7-team-steps');

    await page.goto('/recognition/challenges');
    await page.getByRole('link', { name: 'Bekijk "Lindehof 1: 50 punten deze week"' }).click();
    await shows(page.getByRole('heading', { level: 1, name: 'Lindehof 1: 50 punten deze week' }));
    await expect
      .poll(async () => (await standings.textContent()) ?? '', { timeout: 30_000 })
      .not.toBe(before);
    await screenshot(page, 'recognition-8-challenge-moved');
  });
});
