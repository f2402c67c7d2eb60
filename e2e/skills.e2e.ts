import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey: an employee rates herself and asks her manager; the manager rates; she sees both with their
// source and why this level; she asks what it takes to become teamleider; the manager opens the matrix;
// L&D imports an ESCO file that is first refused by line, then accepted.
const browser = browserPerFile();
const skill = 'Medicatie toedienen';

const escoHeader =
  'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description';
const escoRow = (id: string, label: string) =>
  `KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/${id},skill/competence,sector-specific,${label},,,released,,,,,Omschrijving van ${label}.`;

describe('skills and careers', () => {
  test('the employee rates herself and asks her manager for a rating', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn vaardigheden' })
      .click();
    await shows(page.getByRole('heading', { level: 1, name: 'Mijn vaardigheden' }));
    const card = page.getByRole('listitem', { name: skill });
    await card.getByLabel('Mijn eigen niveau').selectOption('4');
    await card.getByRole('button', { name: 'Opslaan' }).click();
    await shows(card.getByRole('cell', { name: 'Zelf' }));
    await screenshot(page, 'skills-1-self-rating');

    await page.getByRole('button', { name: 'Vraag om een beoordeling' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vraag om een beoordeling' });
    await shows(dialog.getByLabel(/je leidinggevende/));
    expect(await dialog.getByLabel(/je leidinggevende/).isChecked()).toBe(true);
    await dialog
      .getByLabel('Bericht (mag leeg blijven)')
      .fill('Wil je voor ons gesprek naar mijn vaardigheden kijken?');
    await screenshot(page, 'skills-2-ask-manager');
    await dialog.getByRole('button', { name: 'Vraag versturen' }).click();
    await shows(dialog.getByText('Je vraag is verstuurd.'));
  });

  test('the manager finds the task on the home page and rates', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.manager);
    const tasks = page.getByRole('region', { name: 'Beoordelingen voor jou' });
    await shows(tasks.getByText(/Zoë van den Berg vraagt je om een beoordeling/));
    await screenshot(page, 'skills-3-manager-home-task');
    await tasks.getByRole('link', { name: 'Beoordelen' }).click();
    const request = page.getByRole('region', { name: 'Van Zoë van den Berg' });
    await request.getByRole('combobox', { name: new RegExp(skill) }).selectOption('3');
    await request.getByRole('combobox', { name: /Wondzorg/ }).selectOption('2');
    await screenshot(page, 'skills-4-manager-rates');
    await request.getByRole('button', { name: 'Beoordeling versturen' }).click();
    await request.waitFor({ state: 'detached' });
  });

  test('the employee sees both ratings with their source and why this level', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    await page.goto('/skills');
    const card = page.getByRole('listitem', { name: skill });
    await shows(card.getByRole('cell', { name: 'Leidinggevende' }));
    await shows(card.getByRole('cell', { name: 'Zelf' }));
    await card.getByText('Waarom dit niveau?').click();
    await shows(card.getByText(/Niveau 3 is bevestigd door Sander de Vries \(leidinggevende\)/));
    await shows(card.getByText(/De regel: een beoordeling van je leidinggevende/));
    await screenshot(page, 'skills-5-both-ratings-why');
  });

  test('the employee asks what it takes to become teamleider: gaps largest first, unrated skills apart', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Loopbaan' }).click();
    await shows(page.getByRole('img', { name: /Verzorgende IG → Verpleegkundige/ }));
    await page.getByLabel('Functie waar je naartoe wilt').selectOption({ label: 'Teamleider' });
    const gaps = page.getByRole('list', { name: 'Wat er nog nodig is, grootste verschil eerst' });
    await shows(gaps.getByText('Leidinggeven aan een team'));
    await shows(page.getByText(/Om Teamleider te worden, groei je nog op \d+ vaardigheden/));
    // Skills nobody rated yet are not counted as gaps: they say so, with the way to get rated at hand.
    await shows(page.getByText(/vaardigheden zijn nog niet beoordeeld/));
    await shows(page.getByText('Vraag om een beoordeling').first());
    expect(await gaps.getByText('Nog niet beoordeeld').count()).toBeGreaterThan(3);
    // Rated gaps come first, largest first.
    const sizes = (await gaps.getByText(/niveaus? te gaan|Op niveau/).allTextContents()).map((text) =>
      text === 'Op niveau' ? 0 : Number.parseInt(text, 10),
    );
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    // The demo catalogue has learning tagged with leadership: the gap links to it.
    await shows(gaps.getByRole('link'));
    await screenshot(page, 'skills-6-career-gaps-teamleider');
  });

  test('the manager opens the team matrix heat map with single points of failure', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.manager);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Vaardighedenmatrix' })
      .click();
    await shows(page.getByRole('table', { name: /Vaardigheden per persoon/ }));
    await shows(page.getByRole('note').getByText(/rust(en)? op één persoon/));
    await page.getByRole('button', { name: 'Sorteer op Wondzorg' }).click();
    await screenshot(page, 'skills-7-team-matrix');
  });

  test('L&D imports an ESCO file: refused by line first, then imported', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.ldAdmin);
    await page.goto('/skills/framework');
    const importCard = page.getByRole('region', { name: 'Vaardigheden importeren' });
    const broken = [escoHeader, escoRow('e2e-1', 'tillift bedienen'), escoRow('e2e-2', '')].join('\n');
    await importCard.getByLabel('Bestand (CSV)').setInputFiles({
      name: 'skills_nl.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(broken),
    });
    await importCard.getByRole('button', { name: 'Importeren' }).click();
    const alert = importCard.getByRole('alert');
    await shows(alert.getByText('Het bestand heeft 1 probleem; er is niets geïmporteerd.'));
    await shows(alert.getByRole('cell', { name: 'preferredLabel' }));
    await shows(alert.getByRole('cell', { name: 'Is leeg, maar moet ingevuld zijn' }));
    await shows(alert.getByRole('cell', { name: '3', exact: true }));
    await screenshot(page, 'skills-8-esco-rejected');
    const fixed = [
      escoHeader,
      escoRow('e2e-1', 'tillift bedienen'),
      escoRow('e2e-2', 'zorgdossier bijhouden'),
    ].join('\n');
    await importCard.getByLabel('Bestand (CSV)').setInputFiles({
      name: 'skills_nl.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(fixed),
    });
    await importCard.getByRole('button', { name: 'Importeren' }).click();
    await shows(importCard.getByText('Klaar: 2 nieuw, 0 bijgewerkt.'));
    await shows(page.getByText('tillift bedienen'));
    await screenshot(page, 'skills-9-esco-imported');
  });

  test('L&D opens a team in the matrix and records evidence on a colleague’s skill', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.ldAdmin);
    await page.goto('/skills/team');
    await page.getByLabel('Afdeling').selectOption({ label: 'Lindehof – Afdeling 1' });
    await page.getByRole('link', { name: 'Zoë van den Berg' }).click();
    await shows(page.getByRole('heading', { level: 1, name: 'Vaardigheden van Zoë van den Berg' }));
    const card = page.getByRole('listitem', { name: 'Valpreventie' });
    await card.getByLabel('Bewijs vastleggen').selectOption('assessment_passed');
    await card.getByLabel('Aangetoond niveau').selectOption('3');
    await card.getByRole('button', { name: 'Bewijs opslaan' }).click();
    await shows(card.getByRole('cell', { name: 'Bewijs' }));
    await shows(card.getByRole('cell', { name: /^Toets gehaald · Joost de Graaf/ }));
    await screenshot(page, 'skills-10-evidence');
  });
});
