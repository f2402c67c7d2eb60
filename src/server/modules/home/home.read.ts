import { calendarDateOf } from '../../core/calendar.ts';
import type { Ctx } from '../../core/context.ts';
import { readCache } from '../../core/read-cache.ts';
import { can, personIdOf } from '../access/index.ts';
import { lastEventAt } from '../audit/index.ts';
import { countOpenInvitations } from '../auth/index.ts';
import { countUnits } from '../org-units/index.ts';
import { countPeople, personAndReports, presentPerson } from '../people/index.ts';

const dayMs = 86_400_000;

/**
 * What the home page needs for the signed-in person, in one request, shaped by their roles: the person
 * and their team in one statement, the organisation's figures shared (below).
 */
export async function homeOf(ctx: Ctx) {
  const personId = personIdOf(ctx.auth);
  const [mine, organisation] = await Promise.all([
    personAndReports(ctx.db, personId),
    can(ctx.auth, 'people.read_hr') ? organisationOverview(ctx) : null,
  ]);
  if (!mine.person) throw new Error('signed-in person vanished');
  const me = presentPerson(mine.person, { withHrFields: true });
  return { me, team: me.isManager ? teamOf(ctx, mine.reports) : null, organisation };
}

/** A manager's current reports, and how many of them started in the last 30 days or start within 30. */
function teamOf(ctx: Ctx, rows: Awaited<ReturnType<typeof personAndReports>>['reports']) {
  // Calendar dates in the organisation's time zone, like the start dates they are compared with.
  const dateIn = (days: number) => calendarDateOf(new Date(ctx.now().getTime() + days * dayMs), ctx.timeZone);
  const [ago, soon] = [dateIn(-30), dateIn(30)];
  return {
    reports: rows.map((row) => presentPerson(row, { withHrFields: true })),
    newStarters: rows.filter((r) => r.start_date && r.start_date >= ago && r.start_date <= soon).length,
  };
}

/**
 * The organisation's figures are the same for every HR and L&D admin and owner, and counting 10,000
 * people per home page was most of its cost: they are loaded once per organisation and a few seconds
 * (concurrent misses share the load), and forgotten when a change to people, units or imports commits
 * on this instance (`changes.committed`), so an admin's own change shows on their next home page.
 * Other instances show it when their copy expires (an invitation's expiry, too: within `ttlMs`).
 */
const overviews = readCache<Awaited<ReturnType<typeof loadOverview>>>({ ttlMs: 5_000, maxEntries: 1_000 });
/** The kinds of audit subject whose changes move the overview's figures. */
export const overviewSubjects: ReadonlySet<string> = new Set(['person', 'org_unit', 'import']);

export function forgetOrganisationOverview(organisationId: string) {
  overviews.forget(organisationId);
}

function organisationOverview(ctx: Ctx) {
  return overviews.get(ctx.organisationId, 'overview', () => loadOverview(ctx));
}

async function loadOverview(ctx: Ctx) {
  const [counts, units, invitationsOpen, lastImportAt] = await Promise.all([
    countPeople(ctx.db),
    countUnits(ctx.db),
    countOpenInvitations(ctx.db, ctx.now()),
    lastEventAt(ctx.db, 'import.people.applied'),
  ]);
  return { ...counts, units, invitationsOpen, lastImportAt: lastImportAt?.toISOString() ?? null };
}
