import { describe, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journeys: HR builds a pulse survey and sends it now; the demo employee answers it anonymously from
// "Mijn vragenlijsten"; the team leader opens the Learning Zone check from the team page and sees that
// Locatie De Hoven 1 (Lindehof – Afdeling 1 in the demo) moved from the comfort zone to the learning zone since the previous round.
const browser = browserPerFile();
const title = `Hoe gaat het met je werkdruk? ${Date.now().toString(36)}`;

describe('surveys', () => {
  test('HR sends a pulse survey and the employee answers it anonymously', async () => {
    const hr = await browser.newPage();
    await signIn(hr, demo.hrAdmin);
    await hr.goto('/surveys/manage');
    await shows(hr.getByRole('heading', { level: 1, name: 'Vragenlijsten', exact: true }));
    await hr.getByRole('link', { name: 'Nieuwe vragenlijst' }).click();
    await shows(hr.getByRole('heading', { level: 1, name: 'Nieuwe vragenlijst', exact: true }));
    await hr.getByLabel('Titel (Nederlands)').fill(title);
    await hr.getByLabel('Titel (Engels)').fill('How is your workload?');
    const first = hr.getByRole('group', { name: 'Vraag 1' });
    await first.getByLabel('Vraag (Nederlands)').fill('Ik heb genoeg tijd om te leren.');
    await first.getByLabel('Vraag (Engels)').fill('I have enough time to learn.');
    await hr.getByRole('button', { name: 'Vraag toevoegen' }).click();
    const second = hr.getByRole('group', { name: 'Vraag 2' });
    await second.getByLabel('Soort vraag').selectOption('text');
    await second.getByLabel('Vraag (Nederlands)').fill('Wat zou helpen?');
    await second.getByLabel('Vraag (Engels)').fill('What would help?');
    await screenshot(hr, 'surveys-1-builder');
    await hr.getByRole('button', { name: 'Opslaan als concept' }).click();
    await shows(hr.getByRole('heading', { level: 1, name: title, exact: true }));
    await hr.getByRole('button', { name: 'Nu versturen' }).click();
    await shows(hr.getByRole('button', { name: 'Nu sluiten' }));
    await screenshot(hr, 'surveys-2-sent');

    const page = await browser.newPage();
    await signIn(page, demo.employee);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn vragenlijsten' })
      .click();
    await shows(page.getByRole('heading', { level: 1, name: 'Mijn vragenlijsten', exact: true }));
    await shows(page.getByText('Je antwoorden zijn anoniem.'));
    await screenshot(page, 'surveys-3-my-surveys');
    await page
      .getByRole('listitem')
      .filter({ hasText: title })
      .getByRole('link', { name: /^Invullen/ })
      .click();
    await shows(page.getByRole('heading', { level: 1, name: title, exact: true }));
    await page.getByRole('button', { name: 'Verstuur mijn antwoorden' }).click();
    await shows(page.getByText('Kies een antwoord.'));
    await page.getByRole('radio', { name: 'Eens', exact: true }).check();
    await page.getByLabel('2. Wat zou helpen?').fill('Een vast leeruur in de week.');
    await screenshot(page, 'surveys-4-answer');
    await page.getByRole('button', { name: 'Verstuur mijn antwoorden' }).click();
    await shows(page.getByRole('heading', { level: 2, name: 'Dank je wel!', exact: true }));
    await screenshot(page, 'surveys-5-thanks');
  });

  test('the team leader sees the Learning Zone 2×2 with the move from comfort to learning', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.manager);
    await page.goto('/team');
    await shows(page.getByRole('heading', { level: 2, name: 'Learning Zone-check', exact: true }));
    await page.getByRole('link', { name: 'Bekijk de Learning Zone-check' }).click();
    await shows(page.getByRole('heading', { level: 1, name: 'Learning Zone-check', exact: true }));
    const table = page.getByRole('table', { name: 'Teams als tabel' });
    await shows(table.getByRole('row', { name: /Lindehof – Afdeling 1.*Van Comfortzone naar Leerzone/ }));
    await shows(page.getByRole('heading', { level: 2, name: 'Wat kun je als leidinggevende doen?' }));
    await screenshot(page, 'surveys-6-learning-zone-manager');
  });

  test('HR sees every team in the Learning Zone check', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.hrAdmin);
    await page.goto('/surveys/learning-zone');
    const table = page.getByRole('table', { name: 'Teams als tabel' });
    await shows(table.getByRole('row', { name: /Lindehof – Afdeling 1.*Van Comfortzone naar Leerzone/ }));
    await shows(table.getByRole('row', { name: /Beukenhof.*Bleef in Apathiezone/ }));
    await screenshot(page, 'surveys-7-learning-zone-hr');
  });
});
