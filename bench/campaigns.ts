import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import pino from 'pino';
import type { Config } from '../src/server/config.ts';
import type { DB } from '../src/server/db/schema.gen.ts';
import { sendDueMessages } from '../src/server/modules/campaigns/index.ts';
import { createModuleDeps } from '../src/server/modules.ts';
import type { LoadOptions, LoadResult } from './load.ts';
import type { Row } from './report.ts';

// Campaigns at scale (issue 17): one campaign e-mail to everyone in a 10,000-person organisation — the
// `campaigns.send` job's round from "due" to every mail in the outbox and every contact in the log (cap
// counted per person) — against the floor of writing the same number of outbox rows in one statement;
// and the home page's campaign part (`GET /api/v1/spotlight`: the hum banner, a card and a current theme
// with its learning) and `GET /api/v1/home` under load, p95 as a multiple of the run's signed-in floor.

type Session = { cookie: string; csrfToken: string };
const connections = 10;

export async function campaignRows(options: {
  db: Kysely<DB>;
  config: Config;
  label: string;
  baseUrl: string;
  session: Session;
  organisationId: string;
  loadSeconds: number;
  load: (options: LoadOptions) => Promise<LoadResult>;
  describeLoad: (label: string, figure: string, result: LoadResult, aimMs: number | null) => Row;
  signedInP95: number;
}): Promise<Row[]> {
  const { db, organisationId } = options;
  const org = sql`${organisationId}::uuid`;
  // No quiet hours (from = until) and room under the cap, so the round sends to everyone now.
  await sql`INSERT INTO campaign_settings (organisation_id, weekly_cap, quiet_from, quiet_until)
            VALUES (${org}, 10, '00:00', '00:00')
            ON CONFLICT (organisation_id) DO UPDATE SET weekly_cap = 10, quiet_from = '00:00', quiet_until = '00:00'`.execute(
    db,
  );
  const items = await sql<{ id: string }>`
    SELECT id FROM content_items WHERE organisation_id = ${org} AND status = 'published' ORDER BY id LIMIT 3`.execute(
    db,
  );
  const learning = JSON.stringify(items.rows.map((row) => ({ type: 'content', id: row.id })));
  const campaign = await sql<{ id: string }>`
    INSERT INTO campaigns (organisation_id, title, starts_on, sing_from, shout_from, ends_on, promoted, status, launched_at)
    VALUES (${org}, 'Bench: groeiweek', current_date - 1, current_date + 7, current_date + 14, current_date + 21,
            ${learning}::jsonb, 'launched', now()) RETURNING id`.execute(db);
  const campaignId = campaign.rows[0]!.id;
  const message = await sql<{ id: string }>`
    INSERT INTO campaign_messages (organisation_id, campaign_id, phase, channel, send_on, title_nl, body_nl, title_en, body_en, link, position)
    VALUES (${org}, ${campaignId}, 'hum', 'email', current_date - 1, 'Doe mee met de groeiweek',
            'Kies deze week één ding om te leren.', 'Join the growth week', 'Pick one thing to learn this week.',
            '/learning/catalogue', 0),
           (${org}, ${campaignId}, 'hum', 'banner', current_date - 1, 'Groeiweek', 'Eén ding leren.', 'Growth week',
            'Learn one thing.', '/learning/catalogue', 1),
           (${org}, ${campaignId}, 'hum', 'card', current_date - 1, 'Verhalen van collega''s', 'Wat zij leerden.',
            'Colleagues'' stories', 'What they learned.', '/learning/catalogue', 2)
    RETURNING id, channel`.execute(db);
  const emailId = message.rows[0]!.id;
  await sql`
    INSERT INTO campaign_themes (organisation_id, name_nl, name_en, starts_on, ends_on, recurrence, learning)
    VALUES (${org}, 'Bench: groeiweek', 'Bench: growth week', current_date - 3, current_date + 4, 'once', ${learning}::jsonb)`.execute(
    db,
  );
  const outboxBefore = await countOutbox(db, organisationId);

  // The floor: the same number of outbox rows in one INSERT … SELECT (then removed again).
  const audience = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM people WHERE organisation_id = ${org} AND status <> 'left'`.execute(db);
  const people = audience.rows[0]!.n;
  const floorStart = performance.now();
  await sql`
    INSERT INTO outbox_messages (organisation_id, to_address, subject, text_body, kind)
    SELECT organisation_id, email, 'Bench floor', 'Bench floor', 'campaign_message'
      FROM people WHERE organisation_id = ${org} AND status <> 'left'`.execute(db);
  const floorMs = performance.now() - floorStart;
  await sql`DELETE FROM outbox_messages WHERE organisation_id = ${org} AND subject = 'Bench floor'`.execute(
    db,
  );

  const deps = createModuleDeps({ db: db as never, config: options.config, log: pino({ level: 'silent' }) });
  const started = performance.now();
  await sendDueMessages(deps, new Date());
  const sendMs = performance.now() - started;
  const queued = (await countOutbox(db, organisationId)) - outboxBefore;
  const contacts = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM campaign_contacts WHERE organisation_id = ${org} AND message_id = ${emailId}`.execute(
    db,
  );
  console.log('campaign send', { people, sendMs, floorMs, queued, contacts: contacts.rows[0]!.n });

  const spotlight = await options.load({
    url: options.baseUrl,
    paths: ['/api/v1/spotlight'],
    cookie: options.session.cookie,
    connections,
    durationSeconds: options.loadSeconds,
  });
  const home = await options.load({
    url: options.baseUrl,
    paths: ['/api/v1/home'],
    cookie: options.session.cookie,
    connections,
    durationSeconds: options.loadSeconds,
  });
  const ratio = (result: LoadResult) =>
    result.p95 !== null && options.signedInP95 > 0
      ? `; p95 = ${(result.p95 / options.signedInP95).toFixed(1)}× the signed-in /health p95 (${options.signedInP95.toFixed(1)} ms), aim < 2×`
      : '';
  const spotlightRow = options.describeLoad(
    options.label,
    `home spotlight with a running campaign (banner, card) and a current theme, ${connections} connections`,
    spotlight,
    null,
  );
  spotlightRow.result += ratio(spotlight);
  spotlightRow.met = spotlight.p95 !== null && spotlight.p95 < 2 * options.signedInP95 ? 'yes' : '**no**';
  const homeRow = options.describeLoad(
    options.label,
    `home page figures (/home) during the campaign, ${connections} connections`,
    home,
    null,
  );
  homeRow.result += ratio(home);
  homeRow.met = home.p95 !== null && home.p95 < 2 * options.signedInP95 ? 'yes' : '**no**';
  const allSent = queued === people && contacts.rows[0]!.n === people;
  return [
    {
      database: options.label,
      figure: `one campaign e-mail to ${people.toLocaleString('en')} people: the send round, due → outbox and contact log`,
      result: `${(sendMs / 1000).toFixed(1)} s (${Math.round(people / (sendMs / 1000))} people/s), ${queued.toLocaleString('en')} mails queued; ${(sendMs / floorMs).toFixed(1)}× the floor (${people.toLocaleString('en')} outbox rows in one INSERT … SELECT: ${floorMs.toFixed(0)} ms)`,
      rate: people / (sendMs / 1000),
      aim: 'everyone reached once, under the cap',
      met: allSent ? 'yes' : '**no**',
    },
    spotlightRow,
    homeRow,
  ];
}

async function countOutbox(db: Kysely<DB>, organisationId: string) {
  const result = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM outbox_messages WHERE organisation_id = ${organisationId}::uuid`.execute(
    db,
  );
  return result.rows[0]!.n;
}
