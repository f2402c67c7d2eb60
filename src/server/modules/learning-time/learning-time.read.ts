import type { Ctx, OrgContext } from '../../core/context.ts';
import { port } from '../../core/ports.ts';
import type { Locale } from '../../db/schema.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { contentHeadlines } from '../catalogue/index.ts';
import { displayName } from '../people/index.ts';
import { learningTimeFeed } from './learning-time.feed.ts';
import './learning-time.ports.ts';
import { proposalsBy } from './learning-time.proposals.repository.ts';
import {
  type BlockRow,
  blocksBetween,
  blocksOf,
  feedOf,
  learnedTotals,
  listNorms,
  type NormRow,
  normFactsOf,
  personOfFeed,
  reportsOf,
  type WeekBlockRow,
} from './learning-time.repository.ts';
import { canSetNorms, feedTokenHash } from './learning-time.service.ts';
import { weekParts } from './learning-time.week.repository.ts';
import { blockMinutes, normMinutesOf, occurrencesOf, weekOf } from './learning-time.week.ts';

const presentNorm = (row: NormRow) => ({
  id: row.id,
  scope: row.scope,
  orgUnit: row.org_unit_id ? { id: row.org_unit_id, name: row.org_unit_name ?? '' } : null,
  role: row.role,
  minutesPerWeek: row.minutes_per_week,
  percentOfContract: row.percent_of_contract === null ? null : Number(row.percent_of_contract),
});

export const presentBlock = (row: WeekBlockRow) => ({
  id: row.id,
  title: row.title,
  date: row.starts_on,
  startTime: row.start_time,
  endTime: row.end_time,
  repeatsWeekly: row.repeats_weekly,
  repeatUntil: row.repeat_until,
  subject: row.subject_kind && row.subject_id ? { type: row.subject_kind, id: row.subject_id } : null,
});

export async function norms(ctx: Ctx) {
  if (!canSetNorms(ctx.auth)) throw forbidden();
  return (await listNorms(ctx.db)).map(presentNorm);
}

/** Minutes reserved in a week by each person (weekly blocks count in every week they run). */
function reservedMinutes(blocks: BlockRow[], from: string, to: string) {
  const totals = new Map<string, number>();
  for (const block of blocks) {
    const count = occurrencesOf(block, from, to).length;
    totals.set(block.person_id, (totals.get(block.person_id) ?? 0) + count * blockMinutes(block));
  }
  return totals;
}

/** My week's answer from its parts (pure: the kept copy is written out from it once). */
function weekAnswer(parts: Awaited<ReturnType<typeof weekParts>>, start: string, end: string) {
  const { entries, blocks, norms: normRows, facts, proposals } = parts;
  const occurrences = blocks
    .flatMap((block) =>
      occurrencesOf(block, start, end).map((date) => ({
        blockId: block.id,
        date,
        startTime: block.start_time,
        endTime: block.end_time,
        title: block.title,
        minutes: blockMinutes(block),
      })),
    )
    .sort((a, b) => `${a.date}${a.startTime}`.localeCompare(`${b.date}${b.startTime}`));
  return {
    weekStart: start,
    weekEnd: end,
    normMinutes: facts ? normMinutesOf(facts, normRows) : 0,
    reservedMinutes: occurrences.reduce((sum, o) => sum + o.minutes, 0),
    learnedMinutes: entries.reduce((sum, e) => sum + e.minutes, 0),
    occurrences,
    entries: entries.map((e) => ({
      id: e.id,
      date: e.on_date,
      minutes: e.minutes,
      source: e.source,
      description: e.description,
    })),
    blocks: blocks.map(presentBlock),
    proposals: proposals.map((p) => ({
      id: p.id,
      title: p.title,
      date: p.on_date,
      startTime: p.start_time,
      endTime: p.end_time,
      repeatsWeekly: p.repeats_weekly,
      proposedBy: displayName(p),
      answer: p.answer as 'open' | 'accepted' | 'declined',
    })),
  };
}

/** My week and the versions it was read at (learning-time.week-kept.ts keeps it by them). */
export async function readMyWeek(ctx: Ctx, day: string | undefined) {
  const personId = personIdOf(ctx.auth);
  const { start, end } = weekOf(day ?? ctx.today());
  const parts = await weekParts(ctx.db, personId, start, end, ctx.today());
  return { answer: weekAnswer(parts, start, end), versions: parts.versions };
}

/** My week: what I reserved, what I learned (from every source) and my norm. */
export async function myWeek(ctx: Ctx, day: string | undefined) {
  return (await readMyWeek(ctx, day)).answer;
}

/** The manager's team: reserved and learned minutes against the norm, per person, never what. */
export async function teamWeek(ctx: Ctx, day: string | undefined) {
  const managerId = personIdOf(ctx.auth);
  const { start, end } = weekOf(day ?? ctx.today());
  const reports = await reportsOf(ctx.db, managerId);
  const ids = reports.map((r) => r.id);
  const [blocks, learned, normRows, facts, proposals] = await Promise.all([
    blocksBetween(ctx.db, ids, start, end),
    learnedTotals(ctx.db, ids, start, end),
    listNorms(ctx.db),
    normFactsOf(ctx.db, ids),
    ids.length ? proposalsBy(ctx.db, managerId, ctx.today()) : Promise.resolve([]),
  ]);
  const reserved = reservedMinutes(blocks as BlockRow[], start, end);
  const factsOf = new Map(facts.map((f) => [f.id, f]));
  return {
    weekStart: start,
    weekEnd: end,
    members: reports.map((person) => {
      const personFacts = factsOf.get(person.id);
      return {
        person: { id: person.id, displayName: displayName(person) },
        normMinutes: personFacts ? normMinutesOf(personFacts, normRows) : 0,
        reservedMinutes: reserved.get(person.id) ?? 0,
        learnedMinutes: learned.get(person.id) ?? 0,
      };
    }),
    proposals: proposals.map((p) => ({
      id: p.id,
      title: p.title,
      date: p.on_date,
      startTime: p.start_time,
      endTime: p.end_time,
      repeatsWeekly: p.repeats_weekly,
      accepted: p.accepted,
      declined: p.declined,
      open: p.open,
    })),
  };
}

export async function feedStatus(ctx: Ctx) {
  const feed = await feedOf(ctx.db, personIdOf(ctx.auth));
  return { url: null, isActive: Boolean(feed) };
}

/**
 * The calendar feed behind a secret address (calendar apps cannot sign in): the person's blocks with
 * their planned item, and the sessions they have a seat in. An unknown or revoked secret is a 404.
 */
export async function calendarFeed(ctx: OrgContext, token: string, baseUrl: string) {
  const person = await personOfFeed(ctx.db, feedTokenHash(token));
  if (!person) throw notFound('Calendar feed');
  const locale: Locale = (person.locale as Locale | null) ?? ctx.locale;
  const since = new Date(ctx.now().getTime() - 90 * 86_400_000);
  const [blocks, sessions] = await Promise.all([
    blocksOf(ctx.db, person.id),
    port('calendarSessionsOf')(ctx.db, person.id, since),
  ]);
  const contentIds = blocks.flatMap((b) =>
    b.subject_kind === 'content' && b.subject_id ? [b.subject_id] : [],
  );
  const titles = await contentHeadlines(ctx.db, contentIds, locale);
  return learningTimeFeed({
    locale,
    timeZone: ctx.timeZone,
    baseUrl,
    stampedAt: ctx.now(),
    blocks: blocks.map((block) => ({
      ...block,
      subjectTitle: block.subject_id ? (titles.get(block.subject_id)?.title ?? null) : null,
    })),
    sessions,
  });
}
