import type { Ctx } from '../../core/context.ts';
import { readCache } from '../../core/read-cache.ts';
import { invalidField } from '../../http/errors.ts';
import { ratingsSummary, type SubjectRef, subjectTitles } from '../catalogue/index.ts';
import { goalVisibility } from '../goals/index.ts';
import { anonymityThreshold } from '../surveys/index.ts';
import { goalCoverage } from './insight.goals.ts';
import { scopeGroups, shownUnits, unitFilterAllowed } from './insight.groups.ts';
import { assertOrganisationInsight } from './insight.policy.ts';
import { hourlyRateCents, itemFigures, refreshedAt, type Scope, unitExists } from './insight.repository.ts';
import { presentRetention, retentionCounts, suppressRetention } from './insight.retention.ts';

export type ScopeQuery = { from?: string; to?: string; unitId?: string; jobTitle?: string };

const addMonths = (day: string, months: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
};
const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);
/** Reads the rows only when the group they describe may be shown. */
const when = <T>(isShown: boolean, read: () => Promise<T[]>) => (isShown ? read() : Promise.resolve<T[]>([]));

// The dashboards read the summary tables, which change only when the refresh job runs (every 15
// minutes): an answer is kept per refresh, view, scope and language, so the admins opening a view share
// one read (every instance moves to the new refresh at once: it is in the key). Live parts — ratings,
// titles, the hourly rate (forgotten when it changes here) — may lag by up to a minute.
const shared = readCache<object>({ ttlMs: 60_000, maxEntries: 1_000 });
export const forgetSharedInsight = (organisationId: string) => shared.forget(organisationId);
async function sharedAnswer<T extends object>(
  ctx: Ctx,
  view: string,
  scope: Scope,
  read: () => Promise<T>,
): Promise<T> {
  const refreshed = (await refreshedAt(ctx))?.toISOString() ?? 'never';
  const key = [view, refreshed, ctx.locale, scope.from, scope.to, scope.unitId ?? '', scope.jobTitle ?? ''];
  return (await shared.get(ctx.organisationId, JSON.stringify(key), read)) as T;
}

/** Period (default: the last 12 months up to today), unit and job title, checked. */
export async function scopeOf(ctx: Ctx, query: ScopeQuery): Promise<Scope> {
  const to = query.to ?? ctx.today();
  const from = query.from ?? `${addMonths(to, -11).slice(0, 7)}-01`;
  if (from > to) throw invalidField('from', 'The period starts after it ends.');
  if (from < addMonths(to, -36)) throw invalidField('from', 'A period is at most three years.');
  // One filter at a time (as survey results): two cuts would intersect into groups no rule checks.
  if (query.unitId && query.jobTitle?.trim())
    throw invalidField('jobTitle', 'Filter on a unit or on a job title, not both.', 'oneFilter');
  if (query.unitId && !(await unitExists(ctx.db, query.unitId)))
    throw invalidField('unitId', 'No such unit in this organisation.', 'unknownReference');
  return { from, to, unitId: query.unitId, jobTitle: query.jobTitle?.trim() || undefined };
}

/**
 * The organisation dashboard: learning by month and unit, items (completion and drop-off), ratings, cost —
 * only about groups of at least the minimum size (a smaller one is left out here, not on the screen).
 */
export async function organisationDashboard(ctx: Ctx, query: ScopeQuery) {
  assertOrganisationInsight(ctx.auth);
  const scope = await scopeOf(ctx, query);
  return sharedAnswer(ctx, 'organisation', scope, () => readDashboard(ctx, scope));
}

async function readDashboard(ctx: Ctx, scope: Scope) {
  const groups = await scopeGroups(ctx, scope);
  const { totals, threshold } = groups;
  const months = groups.people ? groups.figures.months : [];
  const units = groups.people ? groups.figures.units : [];
  const [items, ratings, rate, refreshed] = await Promise.all([
    when(groups.units, () => itemFigures(ctx.db, scope)),
    when(groups.organisation, () =>
      ratingsSummary(ctx.db, new Date(`${scope.from}T00:00:00Z`), new Date(`${scope.to}T23:59:59.999Z`)),
    ),
    hourlyRateCents(ctx.db),
    refreshedAt(ctx),
  ]);
  const unitsShown = await shownUnits(ctx, scope, units, threshold, groups.people);
  const refs: SubjectRef[] = [...items, ...ratings].map((row) => ({
    type: row.subject_kind,
    id: row.subject_id,
  }));
  const titles = await subjectTitles(ctx.db, refs, ctx.locale);
  const subject = (kind: SubjectRef['type'], id: string) => {
    const found = titles.get(`${kind}:${id}`);
    return { kind, id, title: found?.title ?? '—', format: found?.format ?? kind };
  };
  const itemRows = items.map((row) => ({
    subject: subject(row.subject_kind, row.subject_id),
    started: row.started,
    finishedOfStarted: row.finished_of_started,
    droppedOff: row.started - row.finished_of_started,
    completionRate: percent(row.finished_of_started, row.started),
    completed: row.completed,
  }));
  const formats = new Map<
    string,
    { format: string; started: number; finishedOfStarted: number; completed: number }
  >();
  for (const item of itemRows) {
    const format = formats.get(item.subject.format) ?? {
      format: item.subject.format,
      started: 0,
      finishedOfStarted: 0,
      completed: 0,
    };
    format.started += item.started;
    format.finishedOfStarted += item.finishedOfStarted;
    format.completed += item.completed;
    formats.set(item.subject.format, format);
  }
  return {
    period: { from: scope.from, to: scope.to },
    refreshedAt: refreshed ? refreshed.toISOString() : null,
    threshold,
    totals: groups.people
      ? {
          people: totals.people,
          activeLearners: totals.active_learners,
          activeShare: percent(totals.active_learners, totals.people),
          learningHours: hours(totals.minutes),
          completions: totals.completions,
        }
      : null,
    months: months.map((row) => ({
      month: row.month,
      activeLearners: row.active_learners,
      learningHours: hours(row.minutes),
      completions: row.completions,
    })),
    units: units
      .filter((row) => unitsShown.has(row.unit_id ?? '-'))
      .map((row) => ({
        unitId: row.unit_id,
        unitName: row.unit_name,
        people: row.people,
        activeLearners: row.active_learners,
        learningHours: hours(row.minutes),
        completions: row.completions,
      })),
    hiddenUnits: units.length - unitsShown.size,
    items: itemRows.slice(0, 50),
    formats: [...formats.values()].map((row) => ({
      ...row,
      droppedOff: row.started - row.finishedOfStarted,
      completionRate: percent(row.finishedOfStarted, row.started),
    })),
    ratings: ratings.map((row) => ({
      subject: subject(row.subject_kind, row.subject_id),
      ratings: row.ratings,
      average: row.average,
      comments: row.comments ?? [],
    })),
    cost: {
      hourlyRateCents: rate,
      learningHours: groups.people ? hours(totals.minutes) : null,
      timeCostCents: groups.people ? Math.round((totals.minutes / 60) * rate) : null,
    },
  };
}

/** Goal coverage of the people in scope (none when they, or the units they sit in, are too few). */
export async function goalCoverageView(ctx: Ctx, query: ScopeQuery) {
  assertOrganisationInsight(ctx.auth);
  const scope = await scopeOf(ctx, query);
  // Which goals a reader sees (drafts, confidential ones) follows their rights: one copy per kind of reader.
  const view = `goals:${JSON.stringify(goalVisibility(ctx.auth))}`;
  return sharedAnswer(ctx, view, scope, async () => {
    const groups = await scopeGroups(ctx, scope);
    const isShown = groups.people && groups.units;
    return {
      period: { from: scope.from, to: scope.to },
      threshold: groups.threshold,
      isHidden: !isShown,
      goals: isShown ? await goalCoverage(ctx, scope) : [],
    };
  });
}

/** 12-month retention of learners vs non-learners up to `to` (default today). */
export async function retentionView(ctx: Ctx, query: ScopeQuery) {
  assertOrganisationInsight(ctx.auth);
  const scope = await scopeOf(ctx, { ...query, from: undefined });
  const windowEnd = scope.to;
  const windowStart = addMonths(windowEnd, -12);
  const filtered = Boolean(scope.unitId || scope.jobTitle);
  const threshold = await anonymityThreshold(ctx.db);
  const [allowed, rows, whole] = await Promise.all([
    unitFilterAllowed(ctx, scope, threshold),
    retentionCounts(ctx.db, scope, windowStart, windowEnd),
    filtered ? retentionCounts(ctx.db, {}, windowStart, windowEnd) : null,
  ]);
  // A unit filter that would split the hidden rest of the units shows no group (rows of nobody).
  return {
    window: { from: windowStart, to: windowEnd },
    threshold,
    ...suppressRetention(presentRetention(allowed ? rows : []), whole && presentRetention(whole), threshold),
  };
}
