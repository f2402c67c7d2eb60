import { afterAll, describe, expect, test } from 'vitest';
import { browserPerFile, demo, lacks, screenshot, shows, signIn } from './support.ts';

// Journey (issue 20): the owner connects a unit's Slack channel on Koppelingen for campaign messages
// only, then renames it and adds announcements without pasting its incoming-webhook address again; the
// address never comes back to the browser. afterAll disconnects the channel.
const browser = browserPerFile();
const run = Date.now().toString(36);
const key = `journeykey${run}`;
const firstName = `#kanaal-${run}`;
const newName = `#zorg-nieuws-${run}`;
let made: string | null = null;

afterAll(async () => {
  if (!made) return;
  const owner = await browser.newPage();
  await signIn(owner, demo.owner);
  const csrfToken = (await (await owner.request.get('/api/v1/me')).json()).csrfToken as string;
  await owner.request.delete(`/api/v1/unit-channels/${made}`, { headers: { 'x-csrf-token': csrfToken } });
});

describe('a connected Teams/Slack channel', () => {
  test('is renamed and gets another topic without its address being asked again', async () => {
    const owner = await browser.newPage();
    await signIn(owner, demo.owner);
    await owner.goto('/settings/integrations');
    await shows(owner.getByRole('heading', { name: 'Teams- en Slack-kanalen per afdeling' }));

    // Connect: a unit, Slack, the address (loopback is allowed on the journey's own server), a name and
    // campaign messages only.
    await owner.getByRole('combobox', { name: 'Afdeling', exact: true }).selectOption({ index: 1 });
    await owner.getByRole('combobox', { name: 'Soort', exact: true }).selectOption('slack');
    await owner.getByLabel('Adres van de incoming webhook').fill(`http://127.0.0.1:9/services/T0/B0/${key}`);
    await owner.getByLabel('Kanaalnaam (optioneel)').fill(firstName);
    await owner.getByRole('checkbox', { name: 'Mededelingen', exact: true }).uncheck();
    await owner.getByRole('checkbox', { name: 'Teamuitdagingen', exact: true }).uncheck();
    await owner.getByRole('button', { name: 'Kanaal koppelen', exact: true }).click();
    const row = owner.getByRole('listitem').filter({ hasText: firstName });
    await shows(row.getByText('Ontvangt: Campagneberichten', { exact: true }));
    const channels = await (await owner.request.get('/api/v1/unit-channels')).json();
    made = channels.find((channel: { name: string | null }) => channel.name === firstName).id;

    // Change it: the form has the name and topics, and says the address stays as connected.
    await row.getByRole('button', { name: `Kanaal ${firstName} wijzigen` }).click();
    const form = owner.getByRole('form', { name: `Kanaal ${firstName} wijzigen` });
    await shows(form.getByText(/Het adres blijft zoals het gekoppeld is \(127\.0\.0\.1:9\)/));
    expect(await form.getByLabel('Kanaalnaam (optioneel)').inputValue()).toBe(firstName);
    await lacks(form.getByLabel('Adres van de incoming webhook'));
    await form.getByLabel('Kanaalnaam (optioneel)').fill(newName);
    await form.getByRole('checkbox', { name: 'Mededelingen', exact: true }).check();
    await form.getByRole('button', { name: 'Opslaan', exact: true }).click();

    const renamed = owner.getByRole('listitem').filter({ hasText: newName });
    await shows(renamed.getByText('Opgeslagen', { exact: true }));
    await shows(renamed.getByText('Ontvangt: Mededelingen, Campagneberichten', { exact: true }));
    await screenshot(owner, 'unit-channels-1-changed');

    // After a reload it is still so, and the channel's key is nowhere on the page.
    await owner.reload();
    await shows(
      owner
        .getByRole('listitem')
        .filter({ hasText: newName })
        .getByText('Ontvangt: Mededelingen, Campagneberichten', { exact: true }),
    );
    expect(await owner.content()).not.toContain(key);
  });
});
