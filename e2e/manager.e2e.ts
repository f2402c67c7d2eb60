import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey: the team leader opens one inbox with everything waiting on him (budget requests, shared plans,
// learning agreements, assignments, rating requests), grouped and counted; he reads an employee's plan,
// written to him in the third person, comments on it and agrees; the inbox no longer lists it.
const browser = browserPerFile();

describe('the manager', () => {
  test('sees one approvals inbox, reads a shared plan in the third person, comments and agrees', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.manager);
    // Home groups and counts instead of a line per conversation.
    await shows(page.getByRole('link', { name: /dingen? wachte?n? op jou$/ }));
    await screenshot(page, 'manager-1-home');

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Goedkeuren' })
      .click();
    await shows(page.getByRole('heading', { level: 1, name: 'Goedkeuren' }));
    const summary = page.getByRole('navigation', { name: 'Wat er op je wacht' });
    await shows(summary.getByRole('link', { name: /^Budgetaanvragen/ }));
    await shows(summary.getByRole('link', { name: /^Ontwikkelplannen om mee akkoord te gaan/ }));
    const plans = page.getByRole('region', { name: /^Ontwikkelplannen om mee akkoord te gaan/ });
    const waitingBefore = await plans.getByRole('listitem').count();
    expect(waitingBefore).toBeGreaterThan(0);
    await screenshot(page, 'manager-2-approvals-inbox');

    const first = plans.getByRole('listitem').first();
    const name = ((await first.getAttribute('aria-label')) ?? '').replace('Ontwikkelplan van ', '');
    await first.getByRole('link', { name: `Plan van ${name} lezen` }).click();
    await shows(page.getByRole('heading', { level: 1, name: new RegExp(`^Ontwikkelplan van ${name}`) }));
    await shows(page.getByRole('heading', { level: 2, name: `Doelen van ${name}` }));
    await shows(page.getByText(`${name} heeft dit plan met je gedeeld en vraagt om je akkoord.`));
    expect(await page.getByRole('heading', { name: 'Mijn doelen' }).count()).toBe(0);
    await page.getByLabel(`Reactie aan ${name}`).fill('Mooi plan. Plan het meelopen met de planner.');
    await page.getByRole('button', { name: 'Plaatsen' }).click();
    await shows(page.getByText('Mooi plan. Plan het meelopen met de planner.'));
    await screenshot(page, 'manager-3-plan-third-person');
    await page.getByRole('button', { name: 'Akkoord met dit plan' }).click();
    await shows(page.getByText(`Jullie zijn het eens over dit plan. Volg de voortgang van ${name}`));

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Goedkeuren' })
      .click();
    await shows(page.getByRole('heading', { level: 1, name: 'Goedkeuren' }));
    await shows(page.getByRole('region', { name: /^Budgetaanvragen/ }));
    await expect
      .poll(() => page.getByRole('listitem', { name: `Ontwikkelplan van ${name}` }).count())
      .toBe(0);
    await screenshot(page, 'manager-4-approvals-after-agreeing');
  });
});
