import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey: L&D writes an enrolment rule on a combination (the managers of a division, with its teams),
// previews who is in and who would be newly enrolled, then saves it and sees how many were enrolled.
const browser = browserPerFile();

describe('enrolment rules', () => {
  test('L&D previews who a combined rule reaches before saving it', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.ldAdmin);
    await page.goto('/admin/catalogue');
    const card = page.getByRole('region', { name: 'Automatisch inschrijven' });
    await shows(card);
    await card.getByLabel('Naam van de regel').fill('Leidinggevenden Wonen & Zorg');
    await card
      .getByRole('group', { name: /^Afdelingen en teams/ })
      .getByLabel('Wonen & Zorg')
      .check();
    await card.getByRole('group', { name: 'Rollen' }).getByLabel('Leidinggevende').check();
    await card.getByRole('group', { name: 'Dienstverband' }).getByLabel('In dienst').check();
    await card.getByLabel('Wat').selectOption({ index: 1 });
    await card.getByRole('button', { name: 'Bekijk wie erbij hoort' }).click();
    const preview = card.getByRole('region', { name: 'Wie deze regel bereikt' });
    await shows(preview.getByText(/vallen onder deze regel: \d+ nieuw in te schrijven/));
    const rows = preview.getByRole('table', { name: 'Mensen onder deze regel' }).getByRole('row');
    expect(await rows.count()).toBeGreaterThan(1);
    await screenshot(page, 'rules-1-preview');

    await card.getByRole('button', { name: /^Regel opslaan en \d+ (mensen|persoon) inschrijven$/ }).click();
    await shows(card.getByRole('status').getByText(/^Regel toegevoegd/));
    await shows(card.getByText('Leidinggevenden Wonen & Zorg'));
    await screenshot(page, 'rules-2-saved');
  });
});
