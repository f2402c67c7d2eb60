import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey (vlootschouw): HR prepares a talent review round for the team leader of Lindehof – Afdeling 1,
// edits its questions (adds one in Dutch and English, moves it up, removes another) and opens it,
// fills in the review (HR is the reviewer in this round), calibrates with a move and a reason (dragged
// onto a box, then through the keyboard "Verplaats naar…" form), signs the round off, and the team leader accepts the proposed
// development action into their plan.
const browser = browserPerFile();
const action = 'Training coachend leidinggeven volgen';

describe('talent reviews', () => {
  test('HR runs a round from opening to sign-off and the person accepts the proposed action', async () => {
    const hr = await browser.newPage();
    await signIn(hr, demo.hrAdmin);
    await hr.goto('/talent');
    await shows(hr.getByRole('heading', { level: 1, name: 'Vlootschouw', exact: true }));
    const open = hr.getByRole('form', { name: 'Nieuwe ronde' });
    await open.getByLabel('Naam van de ronde').fill('Vlootschouw teamleiders Lindehof 1');
    await open.getByLabel('Afdeling (met onderliggende)').selectOption({ label: 'Lindehof – Afdeling 1' });
    await open.getByLabel('Wie beoordeelt').selectOption('hr');
    await screenshot(hr, 'talent-1-open-round');
    await open.getByRole('button', { name: 'Ronde voorbereiden' }).click();

    await shows(
      hr.getByRole('heading', { level: 1, name: 'Vlootschouw teamleiders Lindehof 1', exact: true }),
    );
    // Before it opens HR edits the form: a new question in both languages, moved up; one removed.
    const questions = hr.getByRole('form', { name: 'Vragen van deze ronde' });
    await questions.getByRole('button', { name: 'Vraag toevoegen' }).click();
    const added = questions.getByRole('group', { name: 'Vraag 4' });
    await added.getByLabel('Vraag in het Nederlands').fill('Vraagt deze persoon zelf om feedback?');
    await added.getByLabel('Vraag in het Engels').fill('Does this person ask for feedback?');
    await questions.getByRole('button', { name: 'Vraag 4 omhoog' }).click();
    await questions.getByRole('button', { name: 'Vraag 4 weghalen' }).click();
    await screenshot(hr, 'talent-1b-edit-questions');
    await questions.getByRole('button', { name: 'Vragen opslaan' }).click();
    await shows(questions.getByText('De vragen zijn opgeslagen.'));
    // The saved form, as the server keeps it: three questions, the new one third, the last one gone.
    const third = questions.getByRole('group', { name: 'Vraag 3' });
    expect(await third.getByLabel('Vraag in het Nederlands').inputValue()).toBe(
      'Vraagt deze persoon zelf om feedback?',
    );
    expect(await third.getByLabel('Vraag in het Engels').inputValue()).toBe(
      'Does this person ask for feedback?',
    );
    expect(await questions.getByRole('group').count()).toBe(3);
    await hr.getByRole('button', { name: 'Openen voor beoordelaars' }).click();
    await shows(hr.getByText('Loopt', { exact: true }));
    await shows(hr.getByText(/Nog niet geplaatst: 1 persoon/));
    await screenshot(hr, 'talent-2-round-unplaced');
    await hr.getByRole('link', { name: 'Sander de Vries' }).first().click();

    // The review: a place on the grid, the management criteria, advice and a development action.
    const review = hr.getByRole('form', { name: 'Vlootschouw invullen' });
    await shows(review.getByLabel('Prestatie'));
    await review.getByLabel('Prestatie').selectOption({ label: 'Midden' });
    await review.getByLabel('Potentieel', { exact: true }).selectOption({ label: 'Midden' });
    await shows(review.getByLabel('Vraagt deze persoon zelf om feedback?'));
    const criteria = review.getByRole('region', { name: 'Managementcriteria' }).getByRole('textbox');
    for (let index = 0; index < (await criteria.count()); index++)
      await criteria.nth(index).fill('Laat dit zien in het teamoverleg en in de plannen van zijn team.');
    await review.getByLabel('Ontwikkeladvies').fill('Groeit door als coach van zijn team.');
    await review.getByLabel('Ontwikkelacties').fill(action);
    await review.getByLabel('Vertrekrisico', { exact: true }).selectOption('low');
    await hr.evaluate(() => window.scrollTo(0, 0));
    await screenshot(hr, 'talent-3-review');
    await review.getByRole('button', { name: 'Vlootschouw indienen' }).click();
    await shows(hr.getByText('Ingediend.'));

    // Calibration: move him to another box with a reason, by keyboard-friendly form.
    await hr.getByRole('link', { name: 'Vlootschouw teamleiders Lindehof 1' }).first().click();
    const move = hr.getByRole('form', { name: 'Verplaats naar…' });
    // Dragging him onto a box fills in the same form and asks for the reason.
    await hr
      .getByRole('link', { name: 'Sander de Vries', exact: true })
      .first()
      .dragTo(hr.getByRole('region', { name: /^Toptalent/ }));
    expect(await move.getByLabel('Naar vak').inputValue()).toBe('p3-q3');
    expect(await move.getByLabel('Wie').locator('option:checked').textContent()).toContain('Sander de Vries');
    expect(await move.getByLabel('Reden').evaluate((input) => input === document.activeElement)).toBe(true);
    // The keyboard does the same: choose another box in the form.
    await move.getByLabel('Wie').selectOption({ index: 1 });
    await move.getByLabel('Naar vak').selectOption({ label: 'Groeiend talent' });
    await move.getByLabel('Reden').fill('In de kalibratie: zijn team groeit zichtbaar, potentieel hoger.');
    await move.getByRole('button', { name: 'Verplaatsen' }).click();
    await shows(move.getByText('Sander de Vries staat nu in “Groeiend talent”.'));
    await hr.evaluate(() => window.scrollTo(0, 0));
    await screenshot(hr, 'talent-4-calibrated');

    await hr.getByRole('button', { name: 'Ronde afsluiten' }).click();
    await shows(hr.getByText('Afgesloten en vergrendeld. Heropenen maakt wijzigen weer mogelijk.'));
    await hr.evaluate(() => window.scrollTo(0, 0));
    await screenshot(hr, 'talent-5-signed-off');

    // The team leader sees the proposed action and accepts it into their plan.
    const person = await browser.newPage();
    await signIn(person, demo.manager);
    await person.goto('/talent/mine');
    await shows(person.getByRole('heading', { level: 1, name: 'Voorstellen voor mij', exact: true }));
    await shows(person.getByText(action));
    await screenshot(person, 'talent-6-proposed-to-me');
    await person.getByRole('button', { name: `Accepteren: ${action}` }).click();
    await shows(person.getByText('In je plan'));
    await screenshot(person, 'talent-7-accepted');
    // Two people, seven pictures each checked by axe-core: longer than the default on a busy machine.
  }, 240_000);
});
