import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey: a development goal from plan to budget to conversation.
// The employee writes a goal linked to an organisation goal and a skill, adds a catalogue course (enrolled
// from the plan) and an external training, and shares the plan; the manager agrees; the employee requests
// the training from their budget out of the plan; manager and HR approve, the plan and the ledger show it;
// both prepare the conversation, hold it, agree an action, and sign off.
const browser = browserPerFile();

describe('development: plan, budget and conversation', () => {
  test('the employee writes a plan goal for an organisation goal and a skill, adds a course and a training', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn ontwikkelplan' })
      .click();
    await shows(page.getByRole('heading', { level: 1, name: /^Mijn ontwikkelplan/ }));
    await page.getByRole('button', { name: 'Nieuw doel' }).click();
    await page.getByLabel('Doel', { exact: true }).fill('Specialist wondzorg worden');
    await page
      .getByLabel('Waarom is dit belangrijk voor je?')
      .fill('Er komen steeds meer complexe wonden op de afdeling.');
    await page.getByLabel('Draagt bij aan').selectOption({ label: 'Langer veilig thuis wonen' });
    await page.getByLabel('Welke vaardigheid ontwikkel je hiermee?').selectOption({ label: 'Wondzorg' });
    await page.getByLabel('Welk niveau wil je bereiken?').selectOption('3');
    await page.getByLabel('Waaraan merk je dat het gelukt is?').fill('Ik ben aanspreekpunt wondzorg.');
    await screenshot(page, 'development-1a-goal-form');
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    const goal = page.getByRole('article', { name: 'Specialist wondzorg worden' });
    await shows(goal.getByText('Langer veilig thuis wonen (Organisatiedoel)'));
    await shows(goal.getByText('Ontwikkelt: Wondzorg · doel: niveau 3'));

    // A course from the catalogue: suggested because it serves the goal's skill, and enrolled in when the
    // action is added.
    await goal.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect.poll(() => goal.getByLabel('Soort').inputValue()).toBe('learning');
    const picker = goal.getByRole('group', { name: 'Leeraanbod uit de catalogus' });
    await shows(picker.getByText('Past bij dit doel'));
    await picker.getByRole('radio', { name: /^Wondzorg in de praktijk/ }).check();
    await shows(goal.getByText(/^Gekozen: Wondzorg in de praktijk/));
    await screenshot(page, 'development-1b-course-picked');
    await goal.getByRole('button', { name: 'Actie toevoegen' }).click();
    const course = goal.getByRole('listitem').filter({ hasText: 'Wondzorg in de praktijk' });
    await shows(course.getByText('Leeraanbod'));
    await shows(course.getByText('0% gedaan'));
    await shows(course.getByRole('link', { name: /^Openen/ }));

    // An external training: paid from the budget, requested from this action later.
    await goal.getByRole('button', { name: 'Actie toevoegen' }).click();
    await goal.getByLabel('Soort').selectOption('external_training');
    await shows(goal.getByText(/^Een externe opleiding betaal je uit je ontwikkelbudget/));
    await goal.getByLabel('Wat ga je doen?').fill('Post-hbo Wondverpleegkundige');
    await goal.getByRole('button', { name: 'Actie toevoegen' }).click();
    const training = goal.getByRole('listitem').filter({ hasText: 'Post-hbo Wondverpleegkundige' });
    await shows(training.getByText('Externe opleiding'));
    await shows(training.getByRole('link', { name: /^Budget aanvragen/ }));
    await screenshot(page, 'development-1c-goal-with-actions');

    // Enrolled from the plan: the course is under "Mijn leren".
    await page.goto('/learning');
    await shows(page.getByText('Wondzorg in de praktijk').first());
    await screenshot(page, 'development-1d-my-learning-enrolled');
    await page.goto('/development/plan');
    await page.getByRole('button', { name: 'Delen met leidinggevende' }).click();
    await shows(page.getByText('Gedeeld', { exact: true }));
    await screenshot(page, 'development-1-plan-shared');
  });

  test('the goal shows on "waarom en wat"; a skill goal finds a mentor from the mentor finder', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    await page.goto('/direction');
    const mine = page.getByRole('region', { name: 'Wat ik daaraan doe' });
    await shows(mine.getByText('Specialist wondzorg worden'));
    await shows(mine.getByText('Draagt bij aan: Langer veilig thuis wonen'));
    await page.goto('/development/plan');
    const skillGoal = page.getByRole('article', { name: 'Beter omgaan met onbegrepen gedrag' });
    await shows(skillGoal.getByText('Omgaan met onbegrepen gedrag (Vaardigheid)'));
    await skillGoal.getByRole('button', { name: 'Zoek een mentor' }).click();
    await shows(page.getByRole('dialog', { name: 'Kies een mentor' }));
    await screenshot(page, 'development-1b-mentor-finder');
  });

  test('the manager agrees to the shared plan', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.manager);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Ontwikkeling team' })
      .click();
    await page
      .getByRole('region', { name: 'Ontwikkelplannen' })
      .getByRole('link', { name: 'Zoë van den Berg' })
      .click();
    await shows(page.getByRole('heading', { level: 1, name: /^Ontwikkelplan van Zoë van den Berg/ }));
    await page.getByRole('button', { name: 'Akkoord met dit plan' }).click();
    await shows(page.getByText('Afgesproken', { exact: true }));
    await page.getByLabel('Reactie aan Zoë van den Berg').fill('Mooi doel, we plannen meelopen in.');
    await page.getByRole('button', { name: 'Plaatsen' }).click();
    await shows(page.getByText('Mooi doel, we plannen meelopen in.'));
    await screenshot(page, 'development-2-plan-agreed');
  });

  test('the employee requests the training from their budget out of the plan', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    await page.goto('/development/plan');
    const goal = page.getByRole('article', { name: 'Specialist wondzorg worden' });
    await goal
      .getByRole('listitem')
      .filter({ hasText: 'Post-hbo Wondverpleegkundige' })
      .getByRole('link', { name: /^Budget aanvragen/ })
      .click();
    await shows(page.getByRole('heading', { level: 1, name: /^Mijn ontwikkelbudget/ }));
    expect(await page.getByLabel('Opleiding').inputValue()).toBe('Post-hbo Wondverpleegkundige');
    await page.getByLabel('Aanbieder').fill('Wondzorg Academie');
    await page.getByLabel('Kosten (€)').fill('650,00');
    await page.getByLabel('Uren').fill('24');
    await page
      .getByLabel('Voor welk doel uit je plan?')
      .selectOption({ label: 'Specialist wondzorg worden' });
    await page.getByLabel('Motivatie').fill('Hiermee haal ik mijn doel: aanspreekpunt wondzorg.');
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await shows(page.getByText('Wacht op leidinggevende'));
    await screenshot(page, 'development-3-budget-requested');
    // The plan shows where the request for its training stands, and no second request link.
    await page.goto('/development/plan');
    const training = page
      .getByRole('article', { name: 'Specialist wondzorg worden' })
      .getByRole('listitem')
      .filter({ hasText: 'Post-hbo Wondverpleegkundige' });
    await shows(training.getByText('Wacht op leidinggevende'));
    expect(await training.getByRole('link', { name: /^Budget aanvragen/ }).count()).toBe(0);
  });

  test('the manager and then HR approve; the ledger shows it committed', async () => {
    const manager = await browser.newPage();
    await signIn(manager, demo.manager);
    await manager.goto('/development/approvals');
    const request = manager.getByRole('listitem', { name: 'Post-hbo Wondverpleegkundige' });
    await request.getByRole('button', { name: 'Goedkeuren' }).click();
    // Decided: it leaves the manager's inbox (and goes on to HR).
    await manager
      .getByRole('listitem', { name: 'Post-hbo Wondverpleegkundige' })
      .waitFor({ state: 'detached' });
    await shows(manager.getByRole('listitem', { name: 'Training Omgaan met agressie' }));

    const hr = await browser.newPage();
    await signIn(hr, demo.hrAdmin);
    await hr.goto('/development/approvals');
    const atHr = hr.getByRole('listitem', { name: 'Post-hbo Wondverpleegkundige' });
    await shows(atHr.getByText('Wacht op HR'));
    await screenshot(hr, 'development-4-hr-approvals');
    await atHr.getByRole('button', { name: 'Goedkeuren' }).click();
    await atHr.waitFor({ state: 'detached' });
    // HR follows the running cycle on its board: progress per unit, no content.
    await hr
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Gesprekscycli' })
      .click();
    await hr.getByRole('link', { name: /^Ontwikkelgesprekken / }).click();
    await shows(
      hr
        .getByRole('region', { name: 'Voortgang per afdeling' })
        .getByRole('cell', { name: 'Lindehof – Afdeling 1' }),
    );
    await screenshot(hr, 'development-5-hr-cycle-board');
    await hr.goto('/development/plans');
    await shows(hr.getByRole('link', { name: 'Zoë van den Berg' }));
    await screenshot(hr, 'development-5-hr-plans-overview');
    await hr.goto('/development/budgets');
    await shows(hr.getByRole('heading', { level: 1, name: /^Ontwikkelbudgetten / }));
    await shows(hr.getByRole('link', { name: 'Excel-bestand' }));
    // A budget file with one wrong line: the check names line and column, and nothing is read in.
    await hr.getByLabel('Bestand (CSV of Excel)').setInputFiles({
      name: 'budgetten.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`e-mail;bedrag;uren\n${demo.manager};1.200,00;40\n${demo.employee};veel;0\n`),
    });
    await hr.getByRole('button', { name: 'Controleren' }).click();
    const problems = hr.getByRole('table', { name: 'Problemen per regel en kolom' });
    await shows(problems.getByRole('cell', { name: '"veel" is geen bedrag in euro.' }));
    await shows(problems.getByRole('cell', { name: 'bedrag', exact: true }));
    await shows(hr.getByText('1 probleem; er is niets ingelezen.'));
    await screenshot(hr, 'development-5-hr-budgets');

    const employee = await browser.newPage();
    await signIn(employee, demo.employee);
    await employee.goto('/development/budget');
    const ledger = employee.getByRole('definition').filter({ hasText: '650,00' });
    await shows(employee.getByText('Goedgekeurd'));
    expect(await ledger.count()).toBeGreaterThan(0); // committed € 650,00
    await shows(employee.getByText('€ 350,00'));
    await screenshot(employee, 'development-5-ledger-committed-employee');
    await employee.goto('/development/plan');
    await shows(
      employee
        .getByRole('article', { name: 'Specialist wondzorg worden' })
        .getByRole('listitem')
        .filter({ hasText: 'Post-hbo Wondverpleegkundige' })
        .getByText('Goedgekeurd'),
    );
    await screenshot(employee, 'development-5-plan-training-approved');
  });

  test('the 30-day follow-up question appears; its answer shows in the conversation', async () => {
    const employee = await browser.newPage();
    await signIn(employee, demo.employee);
    await employee.goto('/development/plan');
    const question = employee.getByLabel(
      /^Het is 30 dagen na de start van "E-learning Dementie en onbegrepen gedrag"/,
    );
    await question.fill('Ik merk dat cliënten rustiger worden als ik eerst aansluit.');
    await employee.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await shows(
      employee
        .getByRole('region', { name: 'Hoe het leren uitpakt' })
        .getByText('Ik merk dat cliënten rustiger worden als ik eerst aansluit.'),
    );
    await screenshot(employee, 'development-6-followup-answered');

    const manager = await browser.newPage();
    await signIn(manager, demo.manager);
    await manager.goto('/development/conversations');
    await manager.getByRole('link', { name: 'Gesprek met Zoë van den Berg' }).click();
    await shows(
      manager
        .getByRole('region', { name: 'Hoe het leren uitpakt' })
        .getByText('Ik merk dat cliënten rustiger worden als ik eerst aansluit.'),
    );
  });

  test('both prepare the conversation, hold it, agree an action and sign; then it is read-only', async () => {
    const employee = await browser.newPage();
    await signIn(employee, demo.employee);
    await employee.getByRole('link', { name: /^Bereid je gesprek met Sander de Vries voor/ }).click();
    await shows(
      employee.getByRole('heading', {
        level: 1,
        name: /^Ontwikkelgesprek: Zoë van den Berg en Sander de Vries/,
      }),
    );
    await employee
      .getByLabel('Waar wil je over twee jaar staan?')
      .fill('Wondverpleegkundige op de afdeling.');
    await employee.getByRole('button', { name: 'Opslaan en delen' }).click();
    await shows(employee.getByText('Je hebt je voorbereiding gedeeld.'));

    const manager = await browser.newPage();
    await signIn(manager, demo.manager);
    await manager.goto('/development/conversations');
    await manager.getByRole('link', { name: 'Gesprek met Zoë van den Berg' }).click();
    await shows(manager.getByText('Wondverpleegkundige op de afdeling.'));
    await shows(manager.getByRole('heading', { name: 'Tips voor het gesprek' }));
    // The manager prepares with his own question about her, not hers about herself.
    await manager
      .getByLabel('Welke groei zie jij voor je medewerker in de komende twee jaar?')
      .fill('Ik zie Zoë groeien in wondzorg.');
    await manager.getByRole('button', { name: 'Opslaan en delen' }).click();
    await shows(manager.getByText('Je hebt je voorbereiding gedeeld.'));
    await manager.getByLabel('Datum en tijd').fill('2026-12-01T10:00');
    await manager.getByRole('button', { name: 'Plannen en uitnodiging sturen' }).click();
    await shows(manager.getByRole('link', { name: 'In je agenda zetten (.ics)' }));
    const held = manager.getByLabel('Het gesprek heeft plaatsgevonden');
    await held.click();
    await expect.poll(() => held.isChecked()).toBe(true);
    await manager.getByLabel('Gezamenlijke aantekeningen').fill('Zoë start in september met de post-hbo.');
    await manager.getByRole('button', { name: 'Aantekeningen opslaan' }).click();
    await manager.getByLabel('Nieuwe actie').fill('Meelopen met de wondverpleegkundige');
    await manager.getByRole('button', { name: 'Actie afspreken' }).click();
    await shows(manager.getByRole('listitem').filter({ hasText: 'Meelopen met de wondverpleegkundige' }));
    await manager.getByRole('button', { name: 'Ondertekenen' }).click();
    await shows(manager.getByText(/^Sander de Vries: ondertekend op/));
    await screenshot(manager, 'development-7-conversation-manager');

    await employee.reload();
    await shows(employee.getByText('Ik zie Zoë groeien in wondzorg.'));
    await employee.getByRole('button', { name: 'Ondertekenen' }).click();
    await shows(
      employee.getByText(
        'Jullie hebben allebei ondertekend; het gesprek is vastgelegd en niet meer te wijzigen.',
      ),
    );
    expect(await employee.getByLabel('Gezamenlijke aantekeningen').getAttribute('readonly')).not.toBeNull();
    expect(await employee.getByRole('button', { name: 'Opslaan en delen' }).count()).toBe(0);
    await screenshot(employee, 'development-8-conversation-signed');

    await employee.goto('/development/plan');
    await shows(employee.getByText('Meelopen met de wondverpleegkundige'));
  });

  test('HR words a conversation template: renames, adds a rating question, moves it up and saves', async () => {
    const hr = await browser.newPage();
    await signIn(hr, demo.hrAdmin);
    await hr.goto('/development/cycles');
    await hr.getByRole('link', { name: 'Gespreksjablonen' }).click();
    await shows(hr.getByRole('heading', { level: 1, name: 'Gespreksjablonen' }));
    await shows(hr.getByText('Standaardtekst van Groeipad'));
    await hr.getByLabel('Titel van onderdeel 1 (Nederlands)').fill('Terugblik op het jaar');
    await hr.getByLabel('Titel van onderdeel 1 (Engels)').fill('Looking back on the year');
    await hr.getByRole('button', { name: 'Vraag toevoegen aan onderdeel 1' }).click();
    const section = hr.getByRole('group', { name: /^Onderdeel 1: Terugblik op het jaar/ });
    const added = await section.getByRole('listitem').count();
    await hr.getByLabel(`Vraag 1.${added} (Nederlands)`).fill('Hoe tevreden ben je over je werk?');
    await hr.getByLabel(`Vraag 1.${added} (Engels)`).fill('How satisfied are you with your work?');
    await hr.getByLabel(`Vraag 1.${added}: met beoordeling (1–5)`).check();
    await hr.getByRole('button', { name: `Vraag 1.${added} omhoog` }).click();
    // Moved up one place: it is now the one but last question of the section.
    expect(await hr.getByLabel(`Vraag 1.${added - 1} (Nederlands)`).inputValue()).toBe(
      'Hoe tevreden ben je over je werk?',
    );
    await hr.getByRole('button', { name: 'Sjabloon opslaan' }).click();
    await shows(hr.getByText('Opgeslagen. Nieuwe gesprekscycli gebruiken deze vragen.'));
    await shows(hr.getByText('Aangepast door HR'));
    await screenshot(hr, 'development-9-hr-template-edited');
    await hr.reload();
    expect(await hr.getByLabel('Titel van onderdeel 1 (Nederlands)').inputValue()).toBe(
      'Terugblik op het jaar',
    );
    expect(await hr.getByLabel(`Vraag 1.${added - 1}: met beoordeling (1–5)`).isChecked()).toBe(true);
  });
});
