import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { dutchPeopleCsv } from '../src/server/modules/imports/fixtures.ts';
import { browserPerFile, demo, lacks, screenshot, shows, signIn } from './support.ts';

// Journey (b): an HR admin imports a Dutch Excel CSV of 300 people. The first file has one broken
// line: the whole file is refused with that line named. The corrected file then imports.
const browser = browserPerFile();
const rows = 300;
const brokenLine = 57;
const fileName = 'medewerkers.csv';

async function chooseFile(page: Page, csv: string) {
  await page.getByLabel('Kies een bestand').setInputFiles({
    name: fileName,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await shows(page.getByRole('heading', { name: /Koppel de kolommen/ }));
  await page.getByRole('button', { name: 'Controleren' }).click();
}

describe('HR import', () => {
  test('a file with a broken line is refused with the line shown; the fixed file imports', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.hrAdmin);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Importeren' })
      .click();
    await shows(page.getByRole('heading', { level: 1, name: 'Mensen importeren' }));

    await chooseFile(page, dutchPeopleCsv({ rows, brokenLine }));
    await shows(
      page.getByText('Er is 1 probleem gevonden. Er wordt niets geïmporteerd tot het is opgelost.'),
    );
    const problem = page.getByRole('row').filter({ hasText: '31-02-2023' });
    await shows(problem.getByRole('cell', { name: String(brokenLine), exact: true }));
    await shows(problem.getByRole('cell', { name: 'Datum in dienst' }));
    await lacks(page.getByRole('button', { name: /regels importeren/ }));
    await screenshot(page, 'import-rejected');

    await page.getByRole('button', { name: 'Terug naar de kolommen' }).click();
    await page.getByRole('button', { name: 'Ander bestand kiezen' }).click();
    await chooseFile(page, dutchPeopleCsv({ rows }));
    await shows(page.getByText(`Het bestand is in orde: ${rows} regels kunnen worden geïmporteerd.`));
    await screenshot(page, 'import-preview-ok');
    await page.getByRole('button', { name: `${rows} regels importeren` }).click();
    await shows(page.getByText(`${fileName} is geïmporteerd.`));
    await screenshot(page, 'import-done');

    // The 300 people are there now.
    const response = await page.request.get('/api/v1/people?q=zorggroep-delinde.test&pageSize=1');
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { total: number }).total).toBe(rows);
  });

  test('a manager column left unmapped is shown and must be acknowledged before importing', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.hrAdmin);
    await page.goto('/admin/import');
    await shows(page.getByRole('heading', { level: 1, name: 'Mensen importeren' }));
    const csv = [
      'Pers.nr.;Roepnaam;Achternaam;E-mail werk;Leidinggevende (pers.nr)',
      '9101;Ilse;Vos;ilse.vos@zorggroep-delinde.test;',
      '9102;Ruben;Bakker;ruben.bakker@zorggroep-delinde.test;9101',
    ].join('\r\n');
    await page.getByLabel('Kies een bestand').setInputFiles({
      name: 'afas-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    // The Dutch header is recognised as the manager's employee number.
    const manager = page.getByLabel('Leidinggevende (personeelsnummer)');
    await shows(manager);
    expect(await manager.inputValue()).toBe('Leidinggevende (pers.nr)');
    await shows(page.getByText('Alle kolommen van het bestand worden gebruikt.'));

    // Leave it out: the check step names it and asks to confirm before the import button appears.
    await manager.selectOption({ label: '— niet importeren —' });
    await shows(page.getByText('lijkt een leidinggevende'));
    await page.getByRole('button', { name: 'Controleren' }).click();
    await shows(page.getByText('Het bestand is in orde: 2 regels kunnen worden geïmporteerd.'));
    await shows(page.getByRole('heading', { name: '1 kolom wordt niet geïmporteerd' }));
    await lacks(page.getByRole('button', { name: '2 regels importeren' }));
    await screenshot(page, 'import-unmapped-manager');
    await page.getByLabel('Ik weet dat deze kolom niet wordt geïmporteerd').check();
    await page.getByRole('button', { name: '2 regels importeren' }).click();
    await shows(page.getByText('afas-export.csv is geïmporteerd.'));
  });
});
