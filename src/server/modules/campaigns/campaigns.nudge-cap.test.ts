import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { forOrganisation } from '../../db/tenant.ts';
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
import { at, inDays, today } from './campaigns.fixtures.ts';
import { sendNudges } from './index.ts';

// The nudge-cap journey through the API, as the person sees it on their bell: three stalled enrolments
// and a weekly cap of two. The hourly job sends two nudges; every later round that week sends nothing
// (the cap is full, and nothing is repeated); a week later the third goes out, and the first two never
// come back (30 days per subject). Quiet hours hold even when the cap has room.
const { app, db, config } = await startTestApp();
const deps = createModuleDeps({ db, config, log: pino({ level: 'silent' }) });
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let person: Awaited<ReturnType<typeof buildPerson>>;
let client: Client;

const bell = async () =>
  (await client.get('/api/v1/notifications'))
    .json<{ items: { kind: string; title: string }[] }>()
    .items.filter((item) => item.kind.startsWith('nudge_'));

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  await org.as.ldAdmin.patch('/api/v1/campaign-settings', {
    weeklyCap: 2,
    quietFrom: '18:00',
    quietUntil: '08:00',
  });
  person = await buildPerson(db, org.organisation.id, { password: testPassword, orgUnitId: org.unit.id });
  client = await signInAs(app, person);
  for (const title of ['Feedback vragen', 'Het functioneringsgesprek', 'Werkstress herkennen']) {
    const item = await org.as.ldAdmin.post('/api/v1/catalogue/items', article(title));
    const id = item.json<{ id: string }>().id;
    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${id}/status`, { status: 'published' });
    expect(
      (await client.post('/api/v1/learning/enrolments', { type: 'content', id })).statusCode,
    ).toBeLessThan(300);
  }
  // All three stalled.
  await stallEnrolments(db, org.organisation.id, person.id);
});

describe('a person never gets more nudges in a week than the cap', () => {
  it('sends nothing in quiet hours, even with room under the cap', async () => {
    await sendNudges(deps, at(today(), 21));
    await sendNudges(deps, at(today(), 7));
    expect(await bell()).toEqual([]);
  });

  it('sends two of three stalled-enrolment nudges, then nothing more that week', async () => {
    await sendNudges(deps, at(today(), 10));
    const first = await bell();
    expect(first).toHaveLength(2);
    expect(first.every((item) => item.kind === 'nudge_stalled')).toBe(true);
    // Every hourly round that day and the rest of the week: the cap is full.
    for (const day of [0, 2, 4, 6])
      for (const hour of [11, 15]) await sendNudges(deps, at(inDays(day), hour));
    expect(await bell()).toHaveLength(2);
  });

  it('sends the third once the seven days have room, and never repeats the first two', async () => {
    await sendNudges(deps, at(inDays(8), 10));
    const after = await bell();
    expect(after).toHaveLength(3);
    expect(new Set(after.map((item) => item.title)).size).toBe(3);
    for (const day of [9, 12, 15]) await sendNudges(deps, at(inDays(day), 10));
    expect(await bell()).toHaveLength(3);
  });

  it('counts it in the contact log: never more than two in any seven days', async () => {
    const sent = (
      await forOrganisation(db, org.organisation.id)
        .selectFrom('campaign_contacts')
        .select('sent_at')
        .where('person_id', '=', person.id)
        .where('counts_to_cap', '=', true)
        .orderBy('sent_at')
        .execute()
    ).map((row) => row.sent_at.getTime());
    expect(sent).toHaveLength(3);
    for (const start of sent)
      expect(sent.filter((t) => t >= start && t < start + 7 * 86_400_000).length).toBeLessThanOrEqual(2);
  });
});
