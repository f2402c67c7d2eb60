import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, lacks, screenshot, shows, signIn } from './support.ts';

// Journeys: HR's organisation dashboard — the cards of budgets, conversation cycles and skills gaps, a
// selection too small to show (minimum group size), the PDF report — and the monthly report mail
// switched off on the dashboard, seen and switched on again in "Mijn gegevens" with the other mail.
const browser = browserPerFile();

type Page = Awaited<ReturnType<typeof browser.newPage>>;
const menuLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true });
const monthlySwitch = (page: Page) =>
  page.getByRole('checkbox', { name: 'Maandrapport per e-mail', exact: true });
/** Does something and waits for the PUT it makes to be answered (each switch saves at once). */
const saved = async (page: Page, path: string, action: Promise<void>) => {
  await Promise.all([
    page.waitForResponse((answer) => answer.request().method() === 'PUT' && answer.url().endsWith(path)),
    action,
  ]);
};

describe('insight: organisation report and mail', () => {
  test('HR sees budgets, cycles and skills gaps, a too small selection left out, and downloads the PDF', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.hrAdmin);
    await menuLink(page, 'Inzicht organisatie').click();
    await shows(page.getByRole('heading', { level: 1, name: 'Inzicht organisatie', exact: true }));
    const budgets = page.getByRole('region', { name: /^Ontwikkelbudget per afdeling/ });
    await shows(budgets);
    await shows(
      page.getByRole('region', { name: 'Gesprekscycli: hoe ver zijn de gesprekken?', exact: true }),
    );
    const skills = page.getByRole('region', {
      name: 'Vaardigheidstekorten tegen functieprofielen',
      exact: true,
    });
    await shows(skills);
    await skills.getByRole('button', { name: 'Toon als tabel' }).click();
    await shows(skills.getByRole('columnheader', { name: 'Tekort nu', exact: true }));
    await budgets.scrollIntoViewIfNeeded();
    // The pointer off the charts: a chart's hover tooltip is not what this picture is about.
    await page.mouse.move(0, 0);
    await screenshot(page, 'insight-report-1-development');

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Rapport (PDF)', exact: true }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^groeipad-report-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.pdf$/);

    // A job title nobody has: no figure at all, and the page says why.
    await page.getByLabel('Functie', { exact: true }).fill('Niemand');
    await shows(page.getByRole('status').getByText('Te weinig mensen om te tonen', { exact: false }));
    await lacks(page.getByRole('term').getByText('Leeruren', { exact: true }));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    await screenshot(page, 'insight-report-2-too-few');
  });

  test('HR switches the monthly mail off on the dashboard and on again in Mijn gegevens', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.hrAdmin);
    await menuLink(page, 'Inzicht organisatie').click();
    const onDashboard = monthlySwitch(page);
    await shows(onDashboard);
    expect(await onDashboard.isChecked()).toBe(true);
    // The switch follows the server's answer (a controlled box): click, wait for the save, then look.
    await saved(page, '/api/v1/insight/report-mail', onDashboard.click());
    await expect.poll(() => onDashboard.isChecked()).toBe(false);

    await menuLink(page, 'Mijn gegevens').click();
    await shows(page.getByRole('heading', { level: 1, name: 'Mijn gegevens', exact: true }));
    const mail = page.getByRole('region', { name: 'E-mail', exact: true });
    await shows(mail.getByLabel('Overzicht van meldingen per e-mail', { exact: true }));
    const inMyData = monthlySwitch(page);
    await shows(inMyData);
    expect(await inMyData.isChecked()).toBe(false);
    const invitations = mail.getByRole('checkbox', { name: 'Uitnodiging vragenlijst', exact: true });
    await saved(page, '/api/v1/mail/preferences', invitations.click());
    await expect.poll(() => invitations.isChecked()).toBe(false);
    await mail.scrollIntoViewIfNeeded();
    await screenshot(page, 'insight-report-3-mail-switches');

    // On again, after a reload: what the server kept.
    await page.reload();
    await shows(page.getByRole('checkbox', { name: 'Uitnodiging vragenlijst', exact: true }));
    await shows(monthlySwitch(page));
    expect(await monthlySwitch(page).isChecked()).toBe(false);
    expect(
      await page.getByRole('checkbox', { name: 'Uitnodiging vragenlijst', exact: true }).isChecked(),
    ).toBe(false);
    await saved(page, '/api/v1/insight/report-mail', monthlySwitch(page).click());
    await saved(
      page,
      '/api/v1/mail/preferences',
      page.getByRole('checkbox', { name: 'Uitnodiging vragenlijst', exact: true }).click(),
    );
    await expect.poll(() => monthlySwitch(page).isChecked()).toBe(true);
  });
});
