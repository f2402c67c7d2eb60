import { addDays } from '../../core/calendar.ts';
import type { Ctx } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { completionsOf, contentHeadlines } from '../catalogue/index.ts';
import { learnedTotals } from '../learning-time/index.ts';
import { type ChallengeRow, challengesQuery, teamsOfChallenges } from './challenges.repository.ts';
import { teamTotals } from './recognition.boards.repository.ts';
import { optedIn, personBasics, pointsTotals, settingsOf, teamMembers } from './recognition.repository.ts';
import { byName, leaderboardWindow } from './recognition.rules.ts';

export const statusOf = (row: ChallengeRow, today: string): 'upcoming' | 'running' | 'ended' =>
  today < row.starts_on ? 'upcoming' : today > row.ends_on ? 'ended' : 'running';

/** Each person's score in the challenge's period: minutes learned, completions of the item, or points. */
async function scores(ctx: Pick<Ctx, 'db'>, row: ChallengeRow, personIds: string[]) {
  if (row.metric === 'learning_minutes') return learnedTotals(ctx.db, personIds, row.starts_on, row.ends_on);
  if (row.metric === 'points') return pointsTotals(ctx.db, personIds, row.starts_on, row.ends_on);
  // The period's days from midnight to midnight (UTC).
  return completionsOf(ctx.db, {
    contentId: row.content_id!,
    personIds,
    from: new Date(`${row.starts_on}T00:00:00Z`),
    until: new Date(`${addDays(row.ends_on, 1)}T00:00:00Z`),
  });
}

export async function findChallenge(ctx: Ctx, id: string) {
  const row = await challengesQuery(ctx.db).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Challenge');
  return row;
}

/**
 * Each team's current members, progress and whether the reader is in it. Points come from the per-unit
 * totals (one row per unit and day, migration 0272); minutes and completions are added up per member.
 */
export async function teamProgress(
  ctx: Pick<Ctx, 'db'>,
  row: ChallengeRow,
  teamIds: string[],
  me: string | null,
) {
  if (row.metric === 'points') {
    const totals = await teamTotals(ctx.db, teamIds, {
      readerId: me,
      points: { from: row.starts_on, to: row.ends_on },
    });
    return new Map(
      teamIds.map((id) => {
        const team = totals.get(id);
        return [
          id,
          { members: team?.members ?? 0, progress: team?.points ?? 0, isMine: team?.isMine ?? false },
        ];
      }),
    );
  }
  const members = await teamMembers(ctx.db, teamIds);
  const score = await scores(ctx, row, [...new Set([...members.values()].flat())]);
  return new Map(
    teamIds.map((id) => {
      const people = members.get(id) ?? [];
      return [
        id,
        {
          members: people.length,
          progress: people.reduce((sum, person) => sum + (score.get(person) ?? 0), 0),
          isMine: me !== null && people.includes(me),
        },
      ];
    }),
  );
}

async function present(ctx: Ctx, row: ChallengeRow, teams: { id: string; name: string }[]) {
  const { leaderboardsEnabled } = await ctx.memo('recognition:settings', () => settingsOf(ctx.db));
  const progress = await teamProgress(
    ctx,
    row,
    teams.map((team) => team.id),
    ctx.auth.kind === 'person' ? ctx.auth.personId : null,
  );
  let standings = teams
    .map((team) => {
      const { members, progress: reached, isMine } = progress.get(team.id)!;
      return {
        team,
        members,
        progress: reached,
        percent: Math.min(100, Math.floor((reached * 100) / row.goal)),
        isMine,
      };
    })
    .sort((a, b) => b.progress - a.progress || byName(a.team.name, b.team.name));
  if (!leaderboardsEnabled) standings = standings.filter((standing) => standing.isMine);
  const content = row.content_id
    ? (await contentHeadlines(ctx.db, [row.content_id], ctx.locale)).get(row.content_id)
    : null;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    metric: row.metric,
    content: content ? { id: content.id, title: content.title } : null,
    goal: row.goal,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    status: statusOf(row, ctx.today()),
    leaderboardsEnabled,
    teams: standings.map((standing, index) => ({
      ...standing,
      rank: leaderboardsEnabled ? index + 1 : null,
    })),
  };
}

/**
 * The team strictly ahead at the end (its name only), or null: a tie, no progress, or leaderboards off.
 */
export async function winningTeam(
  ctx: Pick<Ctx, 'db'>,
  row: ChallengeRow,
  teams: { id: string; name: string }[],
) {
  if (!(await settingsOf(ctx.db)).leaderboardsEnabled) return null;
  const progress = await teamProgress(
    ctx,
    row,
    teams.map((team) => team.id),
    null,
  );
  const [first, second] = teams
    .map((team) => ({ name: team.name, progress: progress.get(team.id)?.progress ?? 0 }))
    .sort((a, b) => b.progress - a.progress);
  return first && first.progress > 0 && first.progress > (second?.progress ?? 0) ? first.name : null;
}

/** Running and upcoming challenges, and those ended in the last 30 days. */
export async function listChallenges(ctx: Ctx) {
  const rows = await challengesQuery(ctx.db)
    .where('ends_on', '>=', addDays(ctx.today(), -30))
    .limit(50)
    .execute();
  const teams = await teamsOfChallenges(
    ctx.db,
    rows.map((row) => row.id),
  );
  return Promise.all(rows.map((row) => present(ctx, row, teams.get(row.id) ?? [])));
}

type Board = {
  enabled: boolean;
  iAmOnIt: boolean;
  entries: { rank: number; person: { id: string; name: string }; score: number; isMe: boolean }[];
};

/**
 * An individual leaderboard: only people who opted in are on it, ranked by score; the reader sees the
 * top three and their own neighbours — never the bottom. Off when the organisation switched it off.
 * `entries` is the whole board, or only the groups of equal score the window can touch (`groupFirst`).
 */
async function individualBoard(
  ctx: Ctx,
  entries: () => Promise<{ id: string; name: string; score: number; groupFirst?: number }[]>,
): Promise<Board> {
  const me = ctx.auth.kind === 'person' ? ctx.auth.personId : null;
  const { leaderboardsEnabled } = await settingsOf(ctx.db);
  if (!leaderboardsEnabled) return { enabled: false, iAmOnIt: false, entries: [] };
  const rows = (await entries()).map(({ id, ...row }) => ({ personId: id, ...row }));
  const iAmOnIt = me !== null && rows.some((row) => row.personId === me);
  return {
    enabled: true,
    iAmOnIt,
    entries: leaderboardWindow(rows, iAmOnIt ? me : null).map((row) => ({
      rank: row.rank,
      person: { id: row.personId, name: row.name },
      score: row.score,
      isMe: row.personId === me,
    })),
  };
}

/** The challenge's individual leaderboard among the members of its teams who opted in. */
export async function challengePeople(ctx: Ctx, id: string) {
  const row = await findChallenge(ctx, id);
  const teams = (await teamsOfChallenges(ctx.db, [id])).get(id) ?? [];
  return individualBoard(ctx, async () => {
    const members = await teamMembers(
      ctx.db,
      teams.map((team) => team.id),
    );
    const onIt = [...(await optedIn(ctx.db, [...new Set([...members.values()].flat())]))];
    const people = (await personBasics(ctx.db, onIt)).filter((p) => p.status !== 'left');
    const scored = await scores(
      ctx,
      row,
      people.map((p) => p.id),
    );
    return people.map((p) => ({ id: p.id, name: p.name, score: scored.get(p.id) ?? 0 }));
  });
}
