import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { Bus } from '../../core/bus.ts';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { sealText, unsealText } from '../../core/secrets.ts';
import { AppError, invalidField, notFound } from '../../http/errors.ts';
import { isPrivateAddress, postPublic } from '../../http/outbound-fetch.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { organisationContextOf } from '../organisations/index.ts';
import {
  type ChannelRow,
  type ChannelTopic,
  channelsReaching,
  claimDuePosts,
  deleteChannel,
  findChannel,
  finishPost,
  insertChannel,
  listChannels,
  queuePosts,
  unitExists,
  updateChannel,
} from './unit-channels.repository.ts';

// Teams and Slack channels per org unit (incoming webhooks). The address is the channel's key: sealed
// with the server's secret under its own purpose, only its host shown. Owner only, like webhooks.
const permission = 'api_tokens.manage' as const;
const sealPurpose = 'unit-channel';
export const maxChannelAttempts = 5;
const retryMs = (attempts: number) => 60_000 * 2 ** (attempts - 1);
const topicOrder: ChannelTopic[] = ['announcements', 'campaigns', 'challenges'];
/** Each topic once, always in the same order (however the boxes were ticked). */
const inOrder = (topics: ChannelTopic[]) => topicOrder.filter((topic) => topics.includes(topic));

const present = (row: ChannelRow) => ({
  id: row.id,
  orgUnitId: row.org_unit_id,
  orgUnitName: row.unit_name ?? '',
  kind: row.kind,
  name: row.name ?? null,
  host: row.url_host,
  topics: row.topics as ChannelTopic[],
  createdAt: new Date(row.created_at).toISOString(),
  lastStatus: (row.last_status ?? null) as 'queued' | 'sent' | 'failed' | null,
  lastError: row.last_error ?? null,
});

/** Slack and Teams incoming webhooks both take `{ text }`; Slack bolds with *, Teams with **. */
export const channelBody = (kind: 'teams' | 'slack', title: string, lines: string[]) =>
  JSON.stringify({ text: [kind === 'slack' ? `*${title}*` : `**${title}**`, ...lines].join('\n\n') });

async function assertPublic(url: string, allowedHosts: readonly string[]) {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (allowedHosts.includes(host)) return;
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((entry) => entry.address);
  } catch {
    throw invalidField('url', `${host} cannot be found`, 'unreachable');
  }
  if (addresses.some(isPrivateAddress))
    throw invalidField('url', `${host} is a private or local address`, 'privateAddress');
}

export async function unitChannelsOf(ctx: Ctx) {
  assertCan(ctx.auth, permission);
  return (await listChannels(ctx.db)).map(present);
}

export async function addUnitChannel(
  ctx: Ctx,
  input: {
    orgUnitId: string;
    kind: 'teams' | 'slack';
    url: string;
    name?: string | null | undefined;
    topics: ChannelTopic[];
  },
  options: { serverSecret: string; allowedHosts: readonly string[] },
) {
  assertCan(ctx.auth, permission);
  if (!(await unitExists(ctx.db, input.orgUnitId)))
    throw invalidField('orgUnitId', 'no such unit in this organisation', 'unknownReference');
  await assertPublic(input.url, options.allowedHosts);
  const id = await runChange(ctx, async (tx) => {
    const made = await insertChannel(tx.db, {
      org_unit_id: input.orgUnitId,
      kind: input.kind,
      url_sealed: sealText(options.serverSecret, sealPurpose, input.url),
      url_host: new URL(input.url).host,
      name: input.name || null,
      topics: inOrder(input.topics),
      created_by: personIdOf(tx.auth),
    });
    tx.record({
      action: 'unit_channel.created',
      subjectId: made.id,
      changes: { orgUnitId: input.orgUnitId, kind: input.kind, topics: input.topics },
    });
    return made.id;
  });
  return present((await listChannels(ctx.db)).find((row) => row.id === id)!);
}

/**
 * Renames a connected channel or changes the topics it takes. The sealed address stays as it is: the
 * owner never has to paste the channel's key again, and it is never sent back to the browser.
 */
export async function changeUnitChannel(
  ctx: Ctx,
  id: string,
  input: { name?: string | null | undefined; topics?: ChannelTopic[] | undefined },
) {
  assertCan(ctx.auth, permission);
  await runChange(
    ctx,
    async (tx) => {
      const before = await findChannel(tx.db, id);
      if (!before) throw notFound('Channel');
      const changes = {
        ...(input.name !== undefined ? { name: input.name || null } : {}),
        ...(input.topics ? { topics: inOrder(input.topics) } : {}),
      };
      if (!Object.keys(changes).length) return;
      await updateChannel(tx.db, id, changes);
      tx.record({
        action: 'unit_channel.updated',
        subjectId: id,
        changes: {
          ...(changes.name !== undefined ? { name: { from: before.name, to: changes.name } } : {}),
          ...(changes.topics ? { topics: { from: before.topics, to: changes.topics } } : {}),
        },
      });
    },
    { lock: { table: 'unit_channels', id } },
  );
  const row = (await listChannels(ctx.db)).find((channel) => channel.id === id);
  if (!row) throw notFound('Channel');
  return present(row);
}

export async function removeUnitChannel(ctx: Ctx, id: string) {
  assertCan(ctx.auth, permission);
  await runChange(ctx, async (tx) => {
    const removed = await deleteChannel(tx.db, id);
    if (!Number(removed.numDeletedRows)) throw notFound('Channel');
    tx.record({ action: 'unit_channel.deleted', subjectId: id });
  });
}

async function send(
  deps: Pick<ModuleDeps, 'config'>,
  urlSealed: string,
  body: string,
): Promise<{ error: string | null }> {
  try {
    const url = unsealText(deps.config.sessionSecret, sealPurpose, urlSealed);
    const answer = await postPublic(url, {
      body,
      headers: { 'content-type': 'application/json' },
      timeoutMs: 10_000,
      ...(deps.config.outboundAllowedHosts ? { allowedHosts: deps.config.outboundAllowedHosts } : {}),
    });
    if (answer.status >= 200 && answer.status < 300) return { error: null };
    return { error: `The channel answered HTTP ${answer.status}.` };
  } catch (error) {
    return { error: error instanceof AppError ? error.message : 'The channel could not be reached.' };
  }
}

/** Sends a test message now and says how the channel answered (nothing is queued). */
export async function testUnitChannel(ctx: Ctx, deps: Pick<ModuleDeps, 'config'>, id: string) {
  assertCan(ctx.auth, permission);
  const channel = await findChannel(ctx.db, id);
  if (!channel) throw notFound('Channel');
  const title = ctx.locale === 'en' ? 'Groeipad test message' : 'Testbericht van Groeipad';
  const line =
    ctx.locale === 'en'
      ? 'This channel is connected: announcements, campaign messages and team challenges for its unit will appear here.'
      : 'Dit kanaal is gekoppeld: mededelingen, campagneberichten en teamuitdagingen voor de afdeling verschijnen hier.';
  const outcome = await send(deps, channel.url_sealed, channelBody(channel.kind, title, [line]));
  return { ok: outcome.error === null, error: outcome.error };
}

const words = {
  nl: {
    campaigns: 'Campagne',
    started: 'Teamuitdaging gestart',
    ended: 'Teamuitdaging afgelopen',
    winner: (name: string) => `Winnend team: ${name}`,
  },
  en: {
    campaigns: 'Campaign',
    started: 'Team challenge started',
    ended: 'Team challenge ended',
    winner: (name: string) => `Winning team: ${name}`,
  },
};

/**
 * Listens for announcements and campaign messages that reached their audience and team challenges that
 * started or ended, and queues a post per channel on that topic reaching their units (titles, team names
 * and a link only: never a person's data).
 */
export function listenForUnitChannels(bus: Bus, deps: Pick<ModuleDeps, 'db' | 'log' | 'config'>) {
  const queue = async (
    organisationId: string,
    topic: ChannelTopic,
    unitIds: string[] | null,
    lines: (locale: 'nl' | 'en') => { title: string; lines: string[] },
  ) => {
    const ctx = await organisationContextOf({ ...deps, bus }, organisationId);
    const channels = await channelsReaching(ctx.db, topic, unitIds);
    if (!channels.length) return;
    const text = lines(ctx.locale === 'en' ? 'en' : 'nl');
    await queuePosts(
      ctx.db,
      channels.map((channel) => ({
        channel_id: channel.id,
        topic,
        text: channelBody(channel.kind, text.title.slice(0, 300), text.lines),
      })),
    );
  };
  const pick = (title: { nl: string; en: string }, locale: 'nl' | 'en') =>
    title[locale] || title.nl || title.en;
  // A channel is read by many at once: the title in the organisation's language, then one line per
  // content language it is written in, named in the organisation's language ("Pools: Nowe grafiki").
  const inOtherLanguages = (translations: { language: string; title: string }[], locale: 'nl' | 'en') => {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    return translations.map((t) => `${names.of(t.language) ?? t.language}: ${t.title.slice(0, 300)}`);
  };
  bus.on('announcements.published', 'webhooks.unit-channels', (event) =>
    queue(event.organisationId, 'announcements', event.unitIds, (locale) => ({
      title: pick(event.title, locale),
      lines: [...inOtherLanguages(event.translations, locale), `${deps.config.baseUrl}${event.link}`],
    })),
  );
  bus.on('campaigns.message_sent', 'webhooks.unit-channels', (event) =>
    queue(event.organisationId, 'campaigns', event.unitIds, (locale) => ({
      title: `${words[locale].campaigns}: ${pick(event.title, locale)}`,
      lines: [...inOtherLanguages(event.translations, locale), `${deps.config.baseUrl}${event.link}`],
    })),
  );
  bus.on('recognition.challenge_news', 'webhooks.unit-channels', (event) =>
    queue(event.organisationId, 'challenges', event.unitIds, (locale) => ({
      title: `${words[locale][event.phase]}: ${event.title}`,
      lines: [
        ...(event.winner ? [words[locale].winner(event.winner.slice(0, 200))] : []),
        `${deps.config.baseUrl}${event.link}`,
      ],
    })),
  );
}

/** The job (every minute): due posts, each claimed once; retried after 1, 2, 4, 8 minutes. */
export async function postDueToChannels(deps: ModuleDeps, now = new Date()) {
  const result = { sent: 0, retried: 0, failed: 0 };
  for (const post of await claimDuePosts(deps.db, now)) {
    const ctx = await organisationContextOf(deps, post.organisation_id, now);
    const channel = await findChannel(ctx.db, post.channel_id);
    if (!channel) continue;
    const outcome = await send(deps, channel.url_sealed, post.text);
    const attempts = post.attempts + 1;
    if (outcome.error === null) {
      await finishPost(ctx.db, post.id, { status: 'sent', attempts, last_error: null, sent_at: now });
      result.sent += 1;
    } else if (attempts >= maxChannelAttempts) {
      await finishPost(ctx.db, post.id, { status: 'failed', attempts, last_error: outcome.error });
      result.failed += 1;
    } else {
      await finishPost(ctx.db, post.id, {
        status: 'queued',
        attempts,
        last_error: outcome.error,
        next_attempt_at: new Date(now.getTime() + retryMs(attempts)),
      });
      result.retried += 1;
    }
  }
  return result;
}
