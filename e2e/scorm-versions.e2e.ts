import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  scorm2004Manifest,
  scormFixtures,
  scormPackage,
  slidesWithQuestion,
} from '../src/server/modules/scorm/fixtures/scorm-packages.ts';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey: L&D sets how often people may take a package (the attempt rule), then uploads new versions
// of it over the old one. Someone midway keeps their attempt on the old version when L&D says "keep",
// and starts afresh on the new version when L&D says "restart". The learner also pauses the package
// from inside (SCORM 2004 suspendAll) and continues on the same slide.
const browser = browserPerFile();

const scoOf = (page: Page): FrameLocator =>
  page.frameLocator('iframe[title^="E-learning"]').frameLocator('#sco');

async function drop(page: Page, name: string, zip: Buffer) {
  await page
    .getByLabel('Kies een .zip-bestand')
    .setInputFiles({ name, mimeType: 'application/zip', buffer: zip });
}

/** Version 2 and 3 of the package: the same SCO, with its slides renamed so the learner sees which. */
const versionOf = (label: string) => {
  const scos = [
    { id: 'module', title: 'Mondzorg', slides: slidesWithQuestion(`Mondzorg ${label}`), mastery: 80 },
  ];
  return scormPackage(scorm2004Manifest('Mondzorg (SCORM 2004)', scos), scos);
};

describe('SCORM package versions and attempt rules', () => {
  test('the attempt rule form, a new version that keeps people midway, one that restarts them', async () => {
    const ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);
    await ld.goto('/admin/catalogue/items/new?kind=scorm');
    await drop(ld, 'mondzorg.zip', scormFixtures['scorm2004-single']());
    await shows(ld.getByText('Mondzorg (SCORM 2004) staat als concept in de catalogus.'));
    await ld.getByRole('link', { name: /Verder naar het item/ }).click();
    await shows(ld.getByRole('heading', { name: 'SCORM-pakket' }));
    await ld.getByRole('button', { name: 'Publiceren' }).click();
    await shows(ld.getByText('Gepubliceerd', { exact: true }));
    const id = /\/admin\/catalogue\/items\/([0-9a-f-]{36})/.exec(ld.url())?.[1] as string;
    expect(id).toBeTruthy();

    // The attempt rule: a limit needs a number; at most three attempts is saved.
    await ld.reload();
    const rule = ld.getByRole('form', { name: 'Pogingen' });
    await shows(rule.getByLabel('Als iemand het pakket opnieuw opent'));
    await rule.getByLabel('Als iemand het pakket opnieuw opent').selectOption('limited');
    await shows(rule.getByText('Na het maximum opent het pakket alleen nog om terug te kijken.'));
    await rule.getByRole('button', { name: 'Opslaan' }).click();
    await shows(rule.getByText('Vul dit veld in.'));
    await rule.getByLabel('Maximaal aantal pogingen').fill('3');
    await rule.getByRole('button', { name: 'Opslaan' }).click();
    await shows(rule.getByText('Opgeslagen.'));
    await screenshot(ld, 'scorm-versions-1-attempt-rule');
    await ld.reload();
    await shows(ld.getByRole('form', { name: 'Pogingen' }).getByLabel('Maximaal aantal pogingen'));
    expect(await ld.getByLabel('Maximaal aantal pogingen').inputValue()).toBe('3');

    // The learner gets halfway, then pauses the package from inside it (suspendAll) and continues.
    const learner = await browser.newPage();
    await signIn(learner, demo.employee);
    await learner.goto(`/learning/items/${id}`);
    let sco = scoOf(learner);
    await shows(sco.getByRole('heading', { name: 'Mondzorg: welkom (1/3)' }));
    await sco.getByRole('button', { name: 'Volgende' }).click();
    await shows(sco.getByRole('heading', { name: /\(2\/3\)$/ }));
    const paused = learner.waitForResponse((response) => response.url().endsWith('/api/v1/scorm/commits'));
    await sco.getByRole('button', { name: 'Pauzeren' }).click();
    await shows(learner.getByText('Je hebt het pakket gepauzeerd.', { exact: false }));
    expect((await paused).status()).toBe(200);
    await screenshot(learner, 'scorm-versions-2-paused');
    await learner.getByRole('button', { name: 'Verder gaan' }).click();
    sco = scoOf(learner);
    await shows(sco.getByRole('heading', { name: /\(2\/3\)$/ }));
    await shows(learner.getByText('Poging 1'));

    // Version 2, "keep": the form asks what happens to people midway before it uploads.
    const versions = ld.getByRole('form', { name: 'Nieuwe versie uploaden' });
    await drop(ld, 'mondzorg-v2.zip', versionOf('v2'));
    await shows(versions.getByText('Gekozen: mondzorg-v2.zip'));
    await versions.getByRole('button', { name: 'Nieuwe versie uploaden' }).click();
    await shows(versions.getByText('Vul dit veld in.'));
    await versions.getByLabel('Wat gebeurt er met mensen die halverwege zijn?').selectOption('keep');
    await versions.getByRole('button', { name: 'Nieuwe versie uploaden' }).click();
    await shows(versions.getByText('Versie 2 staat klaar.'));
    const table = ld.getByRole('table', { name: 'Versies' });
    await shows(
      table
        .getByRole('row')
        .filter({ hasText: 'mondzorg-v2.zip' })
        .getByText('Maakt de poging af op de oude versie'),
    );
    await screenshot(ld, 'scorm-versions-3-kept');

    // The learner comes back: the same attempt, on the old version, on the same slide.
    await learner.goto(`/learning/items/${id}`);
    sco = scoOf(learner);
    await shows(sco.getByRole('heading', { name: 'Mondzorg: de kern (2/3)' }));
    await shows(learner.getByText('Poging 1'));

    // Version 3, "restart": people midway start afresh on the new version.
    await drop(ld, 'mondzorg-v3.zip', versionOf('v3'));
    await versions.getByLabel('Wat gebeurt er met mensen die halverwege zijn?').selectOption('restart');
    await versions.getByRole('button', { name: 'Nieuwe versie uploaden' }).click();
    await shows(versions.getByText('Versie 3 staat klaar.'));
    await shows(
      table
        .getByRole('row')
        .filter({ hasText: 'mondzorg-v3.zip' })
        .getByText('Begint opnieuw op de nieuwe versie'),
    );
    expect(await table.getByRole('row').count()).toBe(4);
    await screenshot(ld, 'scorm-versions-4-restarted');

    await learner.goto(`/learning/items/${id}`);
    sco = scoOf(learner);
    await shows(sco.getByRole('heading', { name: 'Mondzorg v3: welkom (1/3)' }));
    await shows(learner.getByText('Poging 2'));
    await screenshot(learner, 'scorm-versions-5-fresh-attempt');
  });
});
