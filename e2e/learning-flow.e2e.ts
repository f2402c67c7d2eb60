import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journeys: the catalogue with covers; a course from its page through its modules with the outline
// beside them, on a desktop and on a phone; an employee composing, linking and sharing their own route,
// and the manager commenting on it.
const browser = browserPerFile();

describe('learning flow', () => {
  test('the catalogue shows covers with their descriptions', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    await page.goto('/learning/catalogue');
    await shows(page.getByRole('img', { name: /^Illustratie:/ }).first());
    await screenshot(page, 'learning-flow-catalogue-covers');
  });

  test('a course: enrol, start, next module with the outline beside it (desktop and phone)', async () => {
    for (const viewport of [
      { name: 'desktop', width: 1280, height: 900 },
      { name: 'phone', width: 390, height: 844 },
    ]) {
      const page = await browser.newPage();
      await page.setViewportSize(viewport);
      await signIn(page, demo.manager);
      await page.goto('/learning/catalogue?q=Wondzorg%20in%20de%20praktijk');
      await page.getByRole('link', { name: 'Wondzorg in de praktijk' }).first().click();
      await shows(page.getByRole('heading', { level: 1, name: 'Wondzorg in de praktijk' }));
      const enrol = page.getByRole('button', { name: 'Inschrijven' });
      if (await enrol.isVisible()) {
        await enrol.click();
        await shows(page.getByText('Je bent ingeschreven voor "Wondzorg in de praktijk".'));
      }
      await screenshot(page, `learning-flow-course-${viewport.name}`);
      await page.getByRole('link', { name: /^(Beginnen|Verdergaan)/ }).click();
      await shows(page.getByRole('link', { name: /Terug naar de cursus/ }).first());
      if (viewport.name === 'desktop') await shows(page.getByRole('navigation', { name: 'Inhoud' }));
      else await page.getByText(/^Inhoud ·/).click();
      await screenshot(page, `learning-flow-module-${viewport.name}`);
      await page.getByRole('button', { name: 'Markeer als gedaan' }).click();
      await page.getByRole('link', { name: /^Volgende/ }).click();
      await shows(page.getByRole('link', { name: /^Vorige/ }));
      expect(page.url()).toContain('course=');
    }
  });

  test('an employee composes a route, links a goal and shares it; the manager comments', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    await page.goto('/learning/routes');
    await page.getByLabel('Titel van een nieuwe route').fill('Beter overdragen');
    await page.getByRole('button', { name: 'Route maken' }).click();
    await shows(page.getByRole('heading', { level: 1, name: 'Beter overdragen' }));
    await page
      .getByLabel('Wat wil je ermee bereiken?')
      .fill('Een overdracht die mijn collega in één keer snapt.');
    await page.getByLabel('Zoek in de catalogus').fill('SBAR');
    await page
      .getByRole('button', { name: /^Toevoegen/ })
      .first()
      .click();
    await page.getByLabel('Iets van buiten de catalogus').selectOption('conversation');
    await page.getByLabel('Met wie, en waarover?').fill('Met Fatima: hoe zij overdraagt');
    await page.getByRole('button', { name: 'Stap toevoegen' }).click();
    const goals = page.getByLabel('Doel in je ontwikkelplan');
    const options = await goals.locator('option').count();
    if (options > 1) await goals.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Route opslaan' }).click();
    await shows(page.getByText('Route opgeslagen.'));
    // Saved on click: the box follows the server's answer.
    await page.getByLabel('Delen met mijn leidinggevende').click();
    await shows(page.getByRole('heading', { name: 'Reacties' }));
    await screenshot(page, 'learning-flow-own-route');

    // The manager finds it under his team's shared routes and comments in the browser.
    const manager = await browser.newPage();
    await signIn(manager, demo.manager);
    await manager.goto('/learning/routes');
    await manager
      .getByRole('region', { name: 'Gedeeld door je team' })
      .getByRole('link', { name: 'Beter overdragen' })
      .first()
      .click();
    await shows(manager.getByRole('heading', { level: 1, name: 'Beter overdragen' }));
    await manager
      .getByLabel('Reactie', { exact: true })
      .fill('Goed plan. Plan het gesprek met Fatima deze week.');
    await manager.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await shows(manager.getByText('Goed plan. Plan het gesprek met Fatima deze week.'));
    await screenshot(manager, 'learning-flow-own-route-manager');
  });
});
