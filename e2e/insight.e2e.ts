import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journeys, one per ITO level: the employee's "Mijn groei", the team leader's team dashboard, and HR's
// organisation dashboard with goal coverage and retention (a chart turned into its table; CSV export).
const browser = browserPerFile();

const menuLink = (page: Awaited<ReturnType<typeof browser.newPage>>, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true });

describe('insight', () => {
  test('the employee sees Mijn groei', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    await menuLink(page, 'Mijn groei').click();
    await shows(page.getByRole('heading', { level: 1, name: 'Mijn groei', exact: true }));
    await shows(page.getByText('Geleerd deze week (van norm)'));
    await shows(page.getByRole('region', { name: 'Mijn leren per maand' }));
    await shows(page.getByRole('region', { name: 'Mijn plandoelen' }));
    await screenshot(page, 'insight-1-my-growth');
  });

  test('the team leader sees the team dashboard', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.manager);
    await menuLink(page, 'Inzicht in mijn team').click();
    await shows(page.getByRole('heading', { level: 1, name: 'Inzicht in mijn team', exact: true }));
    await shows(page.getByText('Plannen afgesproken'));
    const week = page.getByRole('region', { name: /^Leertijd deze week/ });
    await shows(week);
    await screenshot(page, 'insight-2-team');
    await week.getByRole('button', { name: 'Toon als tabel' }).click();
    await shows(week.getByRole('columnheader', { name: 'Collega' }));
    await screenshot(page, 'insight-3-team-table');
  });

  test('HR sees the organisation dashboard with goal coverage and retention', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.hrAdmin);
    await menuLink(page, 'Inzicht organisatie').click();
    await shows(page.getByRole('heading', { level: 1, name: 'Inzicht organisatie', exact: true }));
    const byMonth = page.getByRole('region', { name: 'Actieve lerenden en leeruren per maand' });
    await shows(byMonth);
    const goals = page.getByRole('region', { name: 'Doeldekking' });
    await shows(goals.getByRole('columnheader', { name: 'Mensen met een plandoel ervoor' }));
    const retention = page.getByRole('region', { name: /^Behoud over 12 maanden/ });
    await shows(retention.getByText('Dit toont samenhang, geen oorzaak', { exact: false }));
    await shows(retention.getByRole('cell', { name: 'Iedereen', exact: true }));
    await screenshot(page, 'insight-4-organisation');

    // The demo's year of history fills the chart per unit; its table shows the units with their
    // figures, and the CSV export has those rows.
    const byUnit = page.getByRole('region', { name: 'Leren per afdeling' });
    await byUnit.getByRole('button', { name: 'Toon als tabel' }).click();
    await shows(byUnit.getByRole('columnheader', { name: 'Afdeling', exact: true }));
    await shows(byUnit.getByRole('cell', { name: 'Lindehof – Afdeling 1', exact: true }));
    await shows(byUnit.getByRole('button', { name: 'Toon als grafiek' }));
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      byUnit.getByRole('button', { name: 'CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('learning-by-unit.csv');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'insight-5-organisation-table');
  });
});
