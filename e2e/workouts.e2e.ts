import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey: the team leader picks a WorkOut from the library and plans it with two colleagues; Zoë adds
// her reflection on her phone; the team leader closes it with a next step that lands in Zoë's plan.
const browser = browserPerFile();

describe('a WorkOut', () => {
  test('goes from pick to reflections to next steps in a plan', async () => {
    const manager = await browser.newPage();
    await signIn(manager, demo.manager);
    await manager
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'WorkOuts' })
      .click();
    await shows(manager.getByRole('heading', { level: 1, name: 'WorkOuts' }));
    await shows(manager.getByRole('region', { name: 'Bibliotheek' }));
    await screenshot(manager, 'workouts-1-library');
    await manager.getByRole('link', { name: 'Wat wil de cliënt echt? plannen met mijn team' }).click();
    await shows(manager.getByRole('heading', { level: 1, name: 'Plannen: Wat wil de cliënt echt?' }));
    await manager.getByRole('checkbox', { name: 'Zoë van den Berg' }).check();
    await manager.getByRole('checkbox').nth(1).check();
    await screenshot(manager, 'workouts-2-plan');
    await manager.getByRole('button', { name: 'WorkOut plannen' }).click();
    await shows(manager.getByRole('heading', { level: 1, name: 'Wat wil de cliënt echt?', exact: true }));
    const workoutUrl = manager.url();

    // Zoë, on her phone, writes her reflection.
    const phone = await browser.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await signIn(phone, demo.employee);
    await phone.goto(workoutUrl);
    await shows(phone.getByRole('heading', { level: 1, name: 'Wat wil de cliënt echt?' }));
    await phone
      .getByLabel('Wat vertelde de cliënt, en wat doe jij voortaan anders?')
      .fill('Meneer De Groot wil ’s ochtends eerst koffie en dan pas verzorging. Dat ga ik vaker vragen.');
    await phone.getByRole('button', { name: 'Reflectie opslaan' }).click();
    await shows(phone.getByRole('status').getByText('Je reflectie is opgeslagen.', { exact: false }));
    await screenshot(phone, 'workouts-3-reflection-on-phone');

    // The team leader sees it and closes the WorkOut with a next step for Zoë.
    await manager.reload();
    const reflections = manager.getByRole('region', { name: /^Reflecties/ });
    await shows(reflections.getByText('Meneer De Groot wil ’s ochtends eerst koffie'));
    await manager.getByRole('button', { name: 'Vervolgstap toevoegen' }).click();
    await manager.getByLabel('Wat gaan we doen?').fill('Bij elke cliënt vragen wat vandaag belangrijk is');
    await manager.getByLabel('Komt terecht in').selectOption({ label: 'Het plan van Zoë van den Berg' });
    await screenshot(manager, 'workouts-4-next-steps');
    await manager.getByRole('button', { name: 'WorkOut afronden' }).click();
    const steps = manager.getByRole('region', { name: 'Afgesproken vervolgstappen' });
    await shows(steps.getByText('in het plan van Zoë van den Berg'));
    await shows(manager.getByText('Gedaan'));
    await screenshot(manager, 'workouts-5-done');

    // The step is in Zoë's plan.
    await phone.goto('/development/plan');
    await shows(phone.getByText('Bij elke cliënt vragen wat vandaag belangrijk is'));
    await screenshot(phone, 'workouts-6-in-plan');
  }, 300_000);

  // Writes an own WorkOut and deletes it again (so the shared demo ends as it began): the delete asks
  // first in a dialog, and cancelling keeps it.
  test('deletes an own WorkOut after confirming', async () => {
    const manager = await browser.newPage();
    await signIn(manager, demo.manager);
    await manager.goto('/workouts');
    const own = manager.getByRole('form', { name: 'Eigen WorkOut schrijven' });
    await own.getByLabel('Titel').fill('Samen de overdracht oefenen');
    await own.getByLabel('Opdracht').fill('Oefen deze week één overdracht samen met een collega.');
    await own.getByLabel('Reflectievraag').fill('Wat neem je mee naar je volgende overdracht?');
    await own.getByRole('button', { name: 'WorkOut opslaan' }).click();
    const library = manager.getByRole('region', { name: 'Bibliotheek' });
    const item = library.getByRole('listitem', { name: 'Samen de overdracht oefenen' });
    await shows(item);
    // The team leader's seeded own WorkOut is there too, and stays.
    await shows(library.getByRole('listitem', { name: 'Samen de medicatieronde doorlopen' }));

    await item.getByRole('button', { name: 'Samen de overdracht oefenen verwijderen' }).click();
    const dialog = manager.getByRole('dialog', { name: 'Samen de overdracht oefenen verwijderen?' });
    await shows(dialog.getByText('WorkOuts die er al mee gepland zijn houden hun tekst', { exact: false }));
    await screenshot(manager, 'workouts-7-delete-confirm');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await shows(item);

    await item.getByRole('button', { name: 'Samen de overdracht oefenen verwijderen' }).click();
    await dialog.getByRole('button', { name: 'WorkOut verwijderen' }).click();
    await expect.poll(() => item.count()).toBe(0);
    await shows(library.getByRole('listitem', { name: 'Samen de medicatieronde doorlopen' }));
    await screenshot(manager, 'workouts-8-deleted');
  }, 300_000);
});
