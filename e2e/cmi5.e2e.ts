import { describe, expect, test } from 'vitest';
import { fixtureCourseZip, fixtureStructure } from '../src/server/modules/cmi5/fixtures/cmi5-courses.ts';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey: L&D imports the project's own cmi5 course (a cmi5.xml on its own with relative AU
// addresses is refused, the line named), sees its AUs and publishes it. An employee opens the course,
// launches "Lezen" (this window: the AU fetches its token, reads LMS.LaunchData, reports completed,
// terminates and comes back by the returnURL), then "Toets" in its own window (passed), and the course
// is satisfied: every AU done, the item completed in "Mijn leren".
const browser = browserPerFile();
// Two people, three windows and axe on six pages: longer than the default on a busy machine.

describe('cmi5 courses', () => {
  test('import, launch both AUs, the course satisfied and completed', async () => {
    const ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);
    await ld.goto('/admin/catalogue/items/new?kind=cmi5');
    await shows(ld.getByRole('heading', { level: 1, name: 'Een cmi5-cursus toevoegen' }));
    await ld.getByLabel('Kies een .zip of cmi5.xml').setInputFiles({
      name: 'cmi5.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(fixtureStructure()),
    });
    await shows(ld.getByText('cmi5.xml is geweigerd: er zijn 2 problemen gevonden.'));
    await shows(ld.getByText('cmi5.xml, regel 20'));
    await screenshot(ld, 'cmi5-1-refused');

    await ld.getByLabel('Kies een .zip of cmi5.xml').setInputFiles({
      name: 'handhygiene.zip',
      mimeType: 'application/zip',
      buffer: fixtureCourseZip(),
    });
    await shows(ld.getByText('Handhygiëne (cmi5) staat als concept in de catalogus.'));
    const units = ld.getByRole('table', { name: 'Onderdelen van Handhygiëne (cmi5)' });
    await shows(units.getByRole('row').filter({ hasText: 'Toets' }).getByRole('cell', { name: '80%' }));
    await shows(units.getByRole('row').filter({ hasText: 'Lezen' }).getByRole('cell', { name: 'afgerond' }));
    await screenshot(ld, 'cmi5-2-found');
    await ld.getByRole('link', { name: /Verder naar het item/ }).click();
    await shows(ld.getByRole('heading', { name: 'cmi5-cursus' }));
    await ld.getByRole('button', { name: 'Publiceren' }).click();
    await shows(ld.getByText('Gepubliceerd', { exact: true }));
    const id = /\/admin\/catalogue\/items\/([0-9a-f-]{36})/.exec(ld.url())?.[1];
    expect(id).toBeTruthy();

    const learner = await browser.newPage();
    await signIn(learner, demo.employee);
    await learner.goto(`/learning/items/${id}`);
    await shows(learner.getByRole('heading', { name: 'Onderdelen van deze cursus' }));
    await shows(learner.getByText('Nog niet begonnen').first());
    await screenshot(learner, 'cmi5-3-units');

    // "Lezen" opens in this window, on the content origin, and reports back to Groeipad's LRS.
    await learner.getByRole('button', { name: 'Starten: Lezen' }).click();
    await shows(learner.getByText('Klaar om te lezen'));
    expect(new URL(learner.url()).pathname).toMatch(/^\/cmi5-content\//);
    await shows(learner.getByText('Normal'));
    await screenshot(learner, 'cmi5-4-au-lezen');
    await learner.getByRole('button', { name: 'Afronden' }).click();
    // Back by the returnURL.
    await shows(learner.getByRole('heading', { name: 'Onderdelen van deze cursus' }));
    const lezen = learner.getByRole('listitem').filter({ hasText: 'Lezen' });
    await shows(lezen.getByText('Klaar', { exact: true }));

    // "Toets" opens in a window of its own and passes.
    const [popup] = await Promise.all([
      learner.context().waitForEvent('page'),
      learner.getByRole('button', { name: 'Starten: Toets' }).click(),
    ]);
    await shows(popup.getByText('Klaar voor de toets'));
    await popup.getByRole('button', { name: 'Afronden' }).click();
    await shows(popup.getByRole('heading', { name: 'Onderdelen van deze cursus' }));
    await popup.close();

    await learner.reload();
    await shows(learner.getByText('Je hebt elk onderdeel afgerond: de cursus is klaar.'));
    await shows(learner.getByRole('listitem').filter({ hasText: 'Toets' }).getByText('Geslaagd'));
    await screenshot(learner, 'cmi5-5-satisfied');

    await learner.goto('/learning');
    const completed = learner.getByRole('region', { name: 'Afgerond' });
    await shows(completed.getByRole('link', { name: 'Handhygiëne (cmi5)' }));
    await screenshot(learner, 'cmi5-6-my-learning');
  }, 240_000);
});
