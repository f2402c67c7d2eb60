import { afterAll, describe, expect, test } from 'vitest';
import { browserPerFile, callApi, demo, screenshot, shows, signIn } from './support.ts';

// The organisation's own nudge text (issue 17, every colleague's language): L&D opens a nudge kind in
// the settings' nudge list, writes it in Polish (the field marked lang="pl"), is told a misspelt
// placeholder by name, and saves; the list then says the kind has an own Polish text.
const browser = browserPerFile();

// The demo organisation is shared: its languages and the kind's texts are put back.
const undo: { languages?: string[] } = {};
afterAll(async () => {
  const ld = await browser.newPage();
  await signIn(ld, demo.ldAdmin);
  await callApi(ld, 'PUT', '/api/v1/nudge-texts/stalled', { texts: [] });
  if (undo.languages)
    await callApi(ld, 'PATCH', '/api/v1/campaign-settings', { contentLanguages: undo.languages });
});

describe('nudge texts', () => {
  test('L&D writes a nudge in Polish; a misspelt placeholder is named, not saved', async () => {
    const ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);
    undo.languages = (await callApi(ld, 'GET', '/api/v1/campaign-settings')).json.contentLanguages;
    await callApi(ld, 'PATCH', '/api/v1/campaign-settings', {
      contentLanguages: [...new Set([...(undo.languages ?? []), 'pl'])],
    });

    await ld.goto('/campaigns/settings');
    const nudges = ld.getByRole('region', { name: 'Nudges' });
    const stalled = nudges.getByRole('listitem').filter({ hasText: 'Twee weken niets gedaan' });
    await stalled.getByRole('button', { name: 'Eigen tekst' }).click();
    const dialog = ld.getByRole('dialog');
    await shows(dialog.getByText('Je was goed op weg met "{title}"'));
    const polish = dialog.getByLabel('Tekst (Pools)');
    expect(await polish.getAttribute('lang')).toBe('pl');

    await polish.fill('Wróć do "{tytul}"!');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await shows(dialog.getByText('Deze nudge kent die invulplek niet').first());
    await screenshot(ld, 'nudge-texts-1-dialog');
    const unchanged = (await callApi(ld, 'GET', '/api/v1/nudge-texts')).json;
    expect(unchanged.find((k: { kind: string }) => k.kind === 'stalled').texts).toEqual([]);

    await polish.fill('Wróć do "{title}"!');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await shows(stalled.getByRole('button', { name: 'Eigen tekst (PL)' }));
    await screenshot(ld, 'nudge-texts-2-settings');
  });
});
