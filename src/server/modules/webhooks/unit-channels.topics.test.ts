import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit } from '../../factories/factories.ts';
import { createModuleDeps } from '../../modules.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { at, campaignBody, message, today } from '../campaigns/campaigns.fixtures.ts';
import { sendDueMessages } from '../campaigns/index.ts';
import { tellChallengeNews } from '../recognition/index.ts';
import { listenForUnitChannels, postDueToChannels } from './unit-channels.ts';

// Campaign messages and team-challenge starts and ends reach the Teams/Slack channels of their units,
// each channel only on the topics it takes, once each, with titles, team names and links only.
const { app, db, config } = await startTestApp({ outboundAllowedHosts: ['127.0.0.1'] });
// The jobs' bus carries the webhooks' listeners, as in the running app (main.ts shares one bus).
const deps = createModuleDeps({ db, config, log: pino({ level: 'silent' }) });
listenForUnitChannels(deps.bus, deps);

const received: { path: string; text: string }[] = [];
const receiver = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    received.push({ path: request.url ?? '', text: JSON.parse(body).text });
    response.end('ok');
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const port = (receiver.address() as AddressInfo).port;
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let unitName: string;
const later = () => new Date(Date.now() + 1000);
const deliver = async () => {
  received.length = 0;
  await postDueToChannels(deps, later());
  return received.map((post) => post.path).sort();
};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const zorg = await buildOrgUnit(db, org.organisation.id, { name: 'Zorg' });
  const wijk = await buildOrgUnit(db, org.organisation.id, { name: 'Wijk Oost', parentId: zorg.id });
  const add = async (orgUnitId: string, path: string, topics?: string[]) => {
    const made = await org.as.owner.post('/api/v1/unit-channels', {
      orgUnitId,
      kind: 'slack',
      url: `http://127.0.0.1:${port}${path}`,
      ...(topics ? { topics } : {}),
    });
    expect(made.statusCode).toBe(201);
    return made.json<{ topics: string[]; orgUnitName: string }>();
  };
  await add(wijk.id, '/wijk', ['campaigns']);
  // Left out, a channel takes every topic.
  const all = await add(org.unit.id, '/all');
  expect(all.topics).toEqual(['announcements', 'campaigns', 'challenges']);
  unitName = all.orgUnitName;
  await add(org.unit.id, '/news', ['announcements']);
  // The campaign's audience below names Zorg.
  campaignUnit = zorg.id;
});
let campaignUnit: string;

describe('campaign messages and team challenges in unit channels', () => {
  it('posts a campaign message to the channels of the units its audience covers, once', async () => {
    const body = campaignBody({
      title: 'Zorgcampagne',
      audience: { unitIds: [campaignUnit] },
      messages: [message({ titleNl: 'Leer over wondzorg', titleEn: 'Learn about wound care' })],
    });
    const created = await org.as.ldAdmin.post('/api/v1/campaigns', body);
    expect(created.statusCode).toBe(201);
    await org.as.ldAdmin.post(`/api/v1/campaigns/${created.json<{ id: string }>().id}/launch`);
    await sendDueMessages(deps, at(today(), 12));
    expect(await deliver()).toEqual(['/wijk']);
    expect(received[0]!.text).toContain('*Campagne: Leer over wondzorg*');
    expect(received[0]!.text).toContain('http://groeipad.test/learning/catalogue');
    // The next round sends nothing again.
    await sendDueMessages(deps, at(today(), 13));
    expect(await deliver()).toEqual([]);

    // For everyone: every channel taking campaigns.
    const everyone = await org.as.ldAdmin.post(
      '/api/v1/campaigns',
      campaignBody({ title: 'Voor iedereen', messages: [message({ titleNl: 'Iedereen leert' })] }),
    );
    await org.as.ldAdmin.post(`/api/v1/campaigns/${everyone.json<{ id: string }>().id}/launch`);
    await sendDueMessages(deps, at(today(), 12));
    expect(await deliver()).toEqual(['/all', '/wijk']);

    // Narrowed by role: a unit's channel would reach others, so nothing is posted.
    const managers = await org.as.ldAdmin.post(
      '/api/v1/campaigns',
      campaignBody({ title: 'Managers', audience: { roles: ['manager'] }, messages: [message()] }),
    );
    expect(managers.statusCode).toBe(201);
    await org.as.ldAdmin.post(`/api/v1/campaigns/${managers.json<{ id: string }>().id}/launch`);
    await sendDueMessages(deps, at(today(), 12));
    expect(await deliver()).toEqual([]);
  });

  it('posts in the organisation’s language and each content language the message is written in', async () => {
    const enabled = await org.as.ldAdmin.patch('/api/v1/campaign-settings', {
      contentLanguages: ['pl', 'ar'],
    });
    expect(enabled.statusCode, enabled.body).toBe(200);
    const created = await org.as.ldAdmin.post(
      '/api/v1/campaigns',
      campaignBody({
        title: 'Meertalig',
        audience: { unitIds: [campaignUnit] },
        messages: [
          message({
            titleNl: 'Vraag om feedback',
            translations: [{ language: 'pl', title: 'Poproś o informację zwrotną' }],
          }),
        ],
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    await org.as.ldAdmin.post(`/api/v1/campaigns/${created.json<{ id: string }>().id}/launch`);
    await sendDueMessages(deps, at(today(), 12));
    expect(await deliver()).toEqual(['/wijk']);
    // Dutch first (the organisation's default), then Polish by name; no Arabic: it is not written.
    expect(received[0]!.text).toMatch(
      /\*Campagne: Vraag om feedback\*\n\nPools: Poproś o informację zwrotną\n\n/,
    );
    expect(received[0]!.text).not.toContain('Arabisch');

    const announced = await org.as.owner.post('/api/v1/announcements', {
      translations: [
        { locale: 'nl', title: 'Nieuwe roosters', bodyHtml: '<p>Tekst.</p>' },
        { locale: 'ar', title: 'جداول جديدة', bodyHtml: '<p>نص.</p>' },
      ],
      audienceKind: 'units',
      audienceUnitIds: [org.unit.id],
      publishAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect(announced.statusCode, announced.body).toBe(201);
    expect(await deliver()).toEqual(['/all', '/news']);
    expect(received[0]!.text).toContain('*Nieuwe roosters*\n\nArabisch: جداول جديدة');
  });

  it('posts when a team challenge starts and when it ends, naming the winning team and no person', async () => {
    const created = await org.as.ldAdmin.post('/api/v1/challenges', {
      title: 'Punten voor Noord',
      metric: 'points',
      goal: 10,
      startsOn: today(),
      endsOn: today(),
      teamIds: [org.unit.id],
    });
    expect(created.statusCode).toBe(201);
    expect(await tellChallengeNews(deps)).toEqual({ started: 1, ended: 0 });
    expect(await tellChallengeNews(deps)).toEqual({ started: 0, ended: 0 });
    expect(await deliver()).toEqual(['/all']);
    expect(received[0]!.text).toContain('*Teamuitdaging gestart: Punten voor Noord*');
    expect(received[0]!.text).toContain('/recognition/challenges/');

    await org.as.owner.post('/api/v1/kudos', { receiverId: org.people.hrAdmin.id, message: 'Dank!' });
    const afterEnd = new Date(Date.now() + 3 * 86_400_000);
    expect(await tellChallengeNews(deps, afterEnd)).toEqual({ started: 0, ended: 1 });
    expect(await tellChallengeNews(deps, afterEnd)).toEqual({ started: 0, ended: 0 });
    expect(await deliver()).toEqual(['/all']);
    const text = received[0]!.text;
    expect(text).toContain('*Teamuitdaging afgelopen: Punten voor Noord*');
    expect(text).toContain(`Winnend team: ${unitName}`);
    const names = await db
      .selectFrom('people')
      .select(['given_name', 'family_name', 'email'])
      .where('id', 'in', [org.people.hrAdmin.id, org.people.owner.id])
      .execute();
    expect(names).toHaveLength(2);
    for (const person of names)
      for (const value of [person.given_name, person.family_name, person.email])
        expect(text).not.toContain(value);
  });
});
