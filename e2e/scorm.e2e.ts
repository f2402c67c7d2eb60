import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { badXmlLine, scormFixtures } from '../src/server/modules/scorm/fixtures/scorm-packages.ts';
import { baseUrl, browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey: L&D drops a SCORM zip on the catalogue's new-item screen (a broken one is refused with the
// line named), sees what was found and publishes it. An employee plays it inside Groeipad, closes the
// tab halfway, comes back on the same slide with the answer kept, finishes it, and the result is in
// "Mijn leren" and in L&D's report. And the package cannot reach the learner's session or the API.
const browser = browserPerFile();

async function drop(page: Page, name: string, zip: Buffer) {
  await page.getByLabel('Kies een .zip-bestand').setInputFiles({
    name,
    mimeType: 'application/zip',
    buffer: zip,
  });
}

/** The SCO inside the runtime page inside the player (both on the content origin). */
const scoOf = (page: Page): FrameLocator =>
  page.frameLocator('iframe[title^="E-learning"]').frameLocator('#sco');

async function uploadAndPublish(page: Page): Promise<string> {
  await page.goto('/admin/catalogue');
  await page.getByLabel('Soort').selectOption('scorm');
  await page.getByRole('link', { name: 'Nieuw', exact: true }).click();
  await shows(page.getByRole('heading', { level: 1, name: 'SCORM-pakket toevoegen' }));
  await drop(page, 'zorg-in-drie-delen.zip', scormFixtures['scorm2004-multi']());
  await shows(page.getByText('Zorg in drie delen (2004) staat als concept in de catalogus.'));
  const scos = page.getByRole('table', { name: "Onderdelen (SCO's) in volgorde" });
  const rows = await scos.getByRole('row').allInnerTexts();
  expect(rows.slice(1).map((row) => row.split('\t')[1])).toEqual(['Introductie', 'Oefenen', 'Afsluiting']);
  await shows(scos.getByRole('row').filter({ hasText: 'Oefenen' }).getByRole('cell', { name: '80%' }));
  await shows(page.getByText('SCORM 2004 (4th editie)'));
  await screenshot(page, 'scorm-2-found');
  await page.getByRole('link', { name: /Verder naar het item/ }).click();
  await shows(page.getByRole('heading', { name: 'SCORM-pakket' }));
  await page.getByRole('button', { name: 'Publiceren' }).click();
  await shows(page.getByText('Gepubliceerd', { exact: true }));
  const id = /\/admin\/catalogue\/items\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(id).toBeTruthy();
  return id as string;
}

describe('SCORM packages', () => {
  test('upload, play, close halfway, resume on the same slide, finish; the result in Mijn leren and the report', async () => {
    const ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);

    // A broken manifest is refused with its line, and nothing is added.
    await ld.goto('/admin/catalogue/items/new?kind=scorm');
    await drop(ld, 'kapot.zip', scormFixtures['broken-bad-xml']());
    await shows(ld.getByText('kapot.zip is geweigerd: er is 1 probleem gevonden.'));
    await shows(ld.getByText(`imsmanifest.xml, regel ${badXmlLine}`));
    await shows(ld.getByText('Er is niets toegevoegd.'));
    await screenshot(ld, 'scorm-1-broken-refused');

    const id = await uploadAndPublish(ld);

    // The employee opens it: the first part plays inside Groeipad, with a table of contents.
    const learner = await browser.newPage();
    await signIn(learner, demo.employee);
    await learner.goto(`/learning/items/${id}`);
    const contents = learner.getByRole('navigation', { name: 'Inhoud' });
    await shows(contents.getByRole('button', { name: /Introductie/ }));
    let sco = scoOf(learner);
    await shows(sco.getByText('Leerling: Zoë van den Berg'));
    await sco.getByRole('button', { name: 'Afronden' }).click();
    await shows(sco.getByText('Introductie: klaar'));
    await learner.getByRole('button', { name: /Volgende/ }).click();
    sco = scoOf(learner);
    await shows(sco.getByRole('heading', { name: 'Oefenen: welkom (1/3)' }));
    await sco.getByRole('button', { name: 'Volgende' }).click();
    await sco.getByRole('button', { name: 'Volgende' }).click();
    await shows(sco.getByRole('heading', { name: 'Oefenen: vraag (3/3)' }));
    // Choosing the answer commits it (the package saves on every change).
    const saved = learner.waitForResponse((response) => response.url().endsWith('/api/v1/scorm/commits'));
    await sco.getByLabel('Twee keer').check();
    expect((await saved).status()).toBe(200);
    await screenshot(learner, 'scorm-3-playing');

    // Close the tab halfway; come back later: the same slide, the answer still chosen.
    const context = learner.context();
    await learner.close({ runBeforeUnload: true });
    const back = await context.newPage();
    await back.goto(`/learning/items/${id}`);
    sco = scoOf(back);
    await shows(sco.getByRole('heading', { name: 'Oefenen: vraag (3/3)' }));
    expect(await sco.getByLabel('Twee keer').isChecked()).toBe(true);
    await shows(back.locator('[aria-current="step"]', { hasText: 'Oefenen' }));
    await screenshot(back, 'scorm-4-resumed');

    // On a phone the player fills the width, the contents above it.
    await back.setViewportSize({ width: 390, height: 844 });
    await screenshot(back, 'scorm-5-phone');
    await back.setViewportSize({ width: 1280, height: 860 });

    // Finish: pass the question, then the closing part.
    await sco.getByRole('button', { name: 'Afronden' }).click();
    await shows(sco.getByText('Oefenen: klaar'));
    await back.getByRole('button', { name: /Volgende/ }).click();
    sco = scoOf(back);
    await sco.getByRole('button', { name: 'Afronden' }).click();
    await shows(sco.getByText('Afsluiting: klaar'));
    await shows(back.getByText('Goed gedaan, dit onderdeel is af!'));
    await shows(back.getByText('Geslaagd').first());
    await screenshot(back, 'scorm-6-finished');

    // "Mijn leren" has it under completed.
    await back.goto('/learning');
    const completed = back.getByRole('region', { name: 'Afgerond' });
    await shows(completed.getByRole('link', { name: 'Zorg in drie delen (2004)' }));
    await screenshot(back, 'scorm-7-my-learning');

    // L&D's report: the attempt, passed, and the answer to the question; the export downloads.
    await ld.goto(`/admin/catalogue/items/${id}`);
    await ld.getByRole('link', { name: 'Rapportage' }).click();
    await shows(ld.getByRole('heading', { level: 1, name: 'Rapportage: Zorg in drie delen (2004)' }));
    const attempt = ld
      .getByRole('table', { name: 'Pogingen' })
      .getByRole('row')
      .filter({ hasText: 'Zoë van den Berg' });
    await shows(attempt.getByText('Geslaagd'));
    const question = ld
      .getByRole('table', { name: 'Vragen' })
      .getByRole('row')
      .filter({ hasText: 'Hoe vaak per dag?' });
    await shows(question.getByText('Twee keer (1)'));
    await screenshot(ld, 'scorm-8-report');
    const csv = await ld.request.get(
      (await ld.getByRole('link', { name: 'Antwoorden als CSV' }).getAttribute('href')) as string,
    );
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('Twee keer');
  }, 240_000); // three people, two packages and a closed tab: longer than most journeys on a busy machine

  test('a package cannot read the learner session nor call the API as the learner', async () => {
    const ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);
    await ld.goto('/admin/catalogue/items/new?kind=scorm');
    await drop(ld, 'enkel.zip', scormFixtures['scorm12-single']());
    await shows(ld.getByText(/staat als concept in de catalogus/));
    await ld.getByRole('link', { name: /Verder naar het item/ }).click();
    await ld.getByRole('button', { name: 'Publiceren' }).click();
    await shows(ld.getByText('Gepubliceerd', { exact: true }));
    const id = /items\/([0-9a-f-]{36})/.exec(ld.url())?.[1] as string;

    const learner = await browser.newPage();
    await signIn(learner, demo.employee);
    // The learner's session works on the app itself.
    expect((await learner.request.get('/api/v1/me')).status()).toBe(200);
    await learner.goto(`/learning/items/${id}`);
    await shows(scoOf(learner).getByText(/Leerling:/));
    const scoFrame = learner.frames().find((frame) => frame.url().includes('/scorm-content/'));
    expect(scoFrame, 'the SCO frame').toBeTruthy();
    const seen = await scoFrame?.evaluate(async (appOrigin: string) => {
      const attempt = async (url: string, init?: RequestInit) => {
        try {
          const response = await fetch(url, { credentials: 'include', ...init });
          return response.status;
        } catch {
          return 'blocked';
        }
      };
      let parentDocument = 'readable';
      try {
        void window.top?.document.cookie;
      } catch {
        parentDocument = 'blocked';
      }
      return {
        origin: location.origin,
        cookie: document.cookie,
        parentDocument,
        // The app's API from the package: the browser does not let it read the answer or send the cookie.
        me: await attempt(`${appOrigin}/api/v1/me`),
        change: await attempt(`${appOrigin}/api/v1/learning/enrolments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        }),
        // The API on the package's own origin does not exist.
        local: await attempt('/api/v1/me'),
      };
    }, baseUrl);
    expect(seen?.origin).not.toBe(new URL(baseUrl).origin);
    expect(seen?.cookie).toBe('');
    expect(seen?.parentDocument).toBe('blocked');
    expect(seen?.me).toBe('blocked');
    expect(seen?.change).toBe('blocked');
    expect(seen?.local).toBe(404);
    // The learner is still signed in and nothing was enrolled by the package's call.
    expect((await learner.request.get('/api/v1/me')).status()).toBe(200);
  });
});
