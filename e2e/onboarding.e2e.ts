import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journeys: L&D assigns the onboarding journey "Inwerken Zorg" by hand (a role change) → the newcomer
// ticks a step off → the manager sees the progress. And HR's conversation-cycle board per person. The
// tests run in order and build on each other (one demo organisation per journey file).
const browser = browserPerFile();

describe('onboarding as a journey', () => {
  test('L&D sees the templates and the journeys under way, and opens "Inwerken Zorg" in the editor', async () => {
    const ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);
    await ld.goto('/admin/onboarding');
    await shows(ld.getByRole('heading', { level: 1, name: 'Inwerktrajecten' }));
    await shows(ld.getByRole('link', { name: 'Sanne Dekker' }));
    await screenshot(ld, 'onboarding-1-admin');
    await ld.getByRole('link', { name: 'Inwerken Zorg' }).click();
    await shows(ld.getByRole('heading', { level: 1, name: 'Inwerken Zorg bewerken' }));
    await shows(ld.getByRole('group', { name: 'Stap 10' }));
    await screenshot(ld, 'onboarding-2-template-editor');
  });

  test('L&D assigns the journey by hand to the demo employee (a role change)', async () => {
    const ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);
    await ld.goto('/admin/onboarding');
    const assign = ld.getByRole('region', { name: 'Met de hand toewijzen' });
    await assign.getByRole('combobox', { name: 'Wie' }).fill('Zoë');
    await ld
      .getByRole('option', { name: /Zoë van den Berg/ })
      .first()
      .click();
    await assign.getByLabel('Traject', { exact: true }).selectOption({ label: 'Inwerken Zorg' });
    await assign.getByRole('button', { name: 'Traject toewijzen' }).click();
    await shows(ld.getByRole('heading', { level: 1, name: 'Inwerktraject van Zoë van den Berg' }));
    await shows(ld.getByText('0 van 10 stappen gedaan'));
    await screenshot(ld, 'onboarding-3-assigned');
  });

  test('the newcomer ticks off a step; the manager’s check-in is not hers to tick', async () => {
    const newcomer = await browser.newPage();
    await signIn(newcomer, demo.employee);
    await shows(newcomer.getByRole('region', { name: 'Inwerken' }));
    await newcomer.goto('/onboarding');
    await shows(newcomer.getByRole('heading', { level: 1, name: 'Mijn inwerktraject' }));
    const mine = newcomer.getByRole('region', { name: 'Inwerken Zorg' });
    await shows(mine.getByRole('heading', { name: 'Week 1' }));
    // The box follows the server's answer, so click and wait for the count.
    await mine.getByLabel('Kennismaken met je buddy').click();
    await shows(mine.getByText('1 van 10 stappen gedaan'));
    expect(await mine.getByLabel('Gesprek na 30 dagen met je leidinggevende').isDisabled()).toBe(true);
    // She is also Sanne's buddy: the buddy's own steps.
    await shows(newcomer.getByRole('region', { name: 'Buddy van Sanne Dekker' }));
    await screenshot(newcomer, 'onboarding-4-newcomer-ticked');
  });

  test('the manager sees the newcomer’s progress and owns the day-30 check-in', async () => {
    const manager = await browser.newPage();
    await signIn(manager, demo.manager);
    await manager.goto('/onboarding');
    await shows(manager.getByRole('heading', { level: 2, name: 'Nieuwe collega’s in mijn team' }));
    const hers = manager.getByRole('region', { name: 'Zoë van den Berg' });
    await shows(hers.getByText('1 van 10 stappen gedaan'));
    expect(await hers.getByLabel('Gesprek na 30 dagen met je leidinggevende').isDisabled()).toBe(false);
    await screenshot(manager, 'onboarding-5-manager-progress');
  });

  test('HR follows a conversation cycle per person, filters, reminds a selection and can export it', async () => {
    const hr = await browser.newPage();
    await signIn(hr, demo.hrAdmin);
    await hr.goto('/development/cycles');
    await hr.getByRole('link', { name: /^Ontwikkelgesprekken \d{4}$/ }).click();
    const board = hr.getByRole('region', { name: 'Per persoon' });
    await shows(board.getByRole('table', { name: 'Per persoon' }));
    const unit = board.getByLabel('Afdeling');
    const ward = await unit.locator('option', { hasText: 'Afdeling 1' }).first().getAttribute('value');
    await unit.selectOption(ward!);
    await board.getByLabel('Stand').selectOption('open');
    const csv = await board.getByRole('link', { name: 'Exporteren (CSV)' }).getAttribute('href');
    expect(csv).toContain('format=csv');
    expect(csv).toContain('state=open');
    await board.getByRole('checkbox', { name: 'Alles kiezen' }).check();
    await board.getByRole('button', { name: /^Herinnering sturen aan \d+ gekozen gesprek/ }).click();
    await shows(board.getByRole('status').getByText(/herinnering(en)? verstuurd/));
    await screenshot(hr, 'onboarding-6-cycle-board-per-person');
  });
});
