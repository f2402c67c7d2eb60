import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { createModuleDeps } from '../../modules.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';
import { article, stallEnrolments } from '../catalogue/catalogue.fixtures.ts';
import { at, today } from './campaigns.fixtures.ts';
import { sendNudges } from './index.ts';

// The organisation's own nudge texts (every colleague's language): L&D writes a kind's text in Polish
// and overrides the Dutch; each reader's bell shows the text of their reading order, else the shipped one.
const { app, db, config } = await startTestApp();
const deps = createModuleDeps({ db, config, log: pino({ level: 'silent' }) });
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
const readers: Record<'polish' | 'german' | 'dutch', Client> = {} as never;

type NudgeText = {
  kind: string;
  placeholders: string[];
  texts: { language: string; dir: string; text: string }[];
};
const stalledTexts = async () =>
  (await org.as.ldAdmin.get('/api/v1/nudge-texts')).json<NudgeText[]>().find((k) => k.kind === 'stalled')!;
const bellOf = async (client: Client) =>
  (await client.get('/api/v1/notifications'))
    .json<{ items: { kind: string; title: string }[] }>()
    .items.filter((item) => item.kind === 'nudge_stalled')
    .map((item) => item.title);

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  await org.as.ldAdmin.patch('/api/v1/campaign-settings', { weeklyCap: 10, contentLanguages: ['pl', 'de'] });
  const item = await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Feedback vragen'));
  const id = item.json<{ id: string }>().id;
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${id}/status`, { status: 'published' });
  const people = { polish: ['nl', 'pl'], german: ['en', 'de'], dutch: ['nl', null] } as const;
  for (const [name, [locale, language]] of Object.entries(people)) {
    const person = await buildPerson(db, org.organisation.id, {
      password: testPassword,
      orgUnitId: org.unit.id,
      locale,
    });
    const client = await signInAs(app, person);
    readers[name as keyof typeof readers] = client;
    await client.put('/api/v1/nudges/preferences', { optedOut: [], contentLanguage: language });
    expect(
      (await client.post('/api/v1/learning/enrolments', { type: 'content', id })).statusCode,
    ).toBeLessThan(300);
  }
  await stallEnrolments(db, org.organisation.id);
});

describe("a nudge in the organisation's own words, in each reader's language", () => {
  it('shows L&D the shipped texts and their placeholders', async () => {
    const stalled = await stalledTexts();
    expect(stalled).toMatchObject({ placeholders: ['{title}'], texts: [] });
    expect(stalled).toMatchObject({ shipped: { nl: expect.stringContaining('"{title}"') } });
  });

  it('refuses an unknown placeholder or a language not enabled, naming the field, and keeps nothing', async () => {
    const good = { language: 'pl', text: 'Wróć do "{title}"!' };
    const badPlaceholder = await org.as.ldAdmin.put('/api/v1/nudge-texts/stalled', {
      texts: [good, { language: 'nl', text: 'Pak "{titel}" weer op' }],
    });
    expect(badPlaceholder.statusCode).toBe(400);
    expect(badPlaceholder.json()).toMatchObject({
      errors: [expect.objectContaining({ field: 'texts.1.text', code: 'unknownPlaceholder' })],
    });
    const turkish = await org.as.ldAdmin.put('/api/v1/nudge-texts/stalled', {
      texts: [good, { language: 'tr', text: '"{title}" devam et' }],
    });
    expect(turkish.statusCode).toBe(400);
    expect(turkish.json()).toMatchObject({
      errors: [expect.objectContaining({ field: 'texts.1.language', code: 'notEnabled' })],
    });
    const employee = await readers.dutch.put('/api/v1/nudge-texts/stalled', { texts: [good] });
    expect(employee.statusCode).toBe(403);
    expect((await stalledTexts()).texts).toEqual([]);
  });

  it('sends the Polish reader the Polish text, the Dutch reader the own Dutch, the German reader the shipped English', async () => {
    const saved = await org.as.ldAdmin.put('/api/v1/nudge-texts/stalled', {
      texts: [
        { language: 'pl', text: 'Wróć do "{title}"!' },
        { language: 'nl', text: 'Eigen woorden: pak "{title}" weer op' },
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect((await stalledTexts()).texts.map((t) => t.language)).toEqual(['nl', 'pl']);

    await sendNudges(deps, at(today(), 10));
    expect(await bellOf(readers.polish)).toEqual(['Wróć do "Feedback vragen"!']);
    expect(await bellOf(readers.dutch)).toEqual(['Eigen woorden: pak "Feedback vragen" weer op']);
    // No German text: the shipped text in their interface language (English), not the own Dutch.
    const german = await bellOf(readers.german);
    expect(german).toHaveLength(1);
    expect(german[0]).toMatch(/^You were well on your way with ".+"\. Shall we pick it up again\?$/);
  });

  it('goes back to the shipped texts when the own ones are removed', async () => {
    expect((await org.as.ldAdmin.put('/api/v1/nudge-texts/stalled', { texts: [] })).statusCode).toBe(200);
    expect((await stalledTexts()).texts).toEqual([]);
  });
});
