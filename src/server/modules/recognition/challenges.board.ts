import type { Ctx } from '../../core/context.ts';
import { closeJson, openJson, PreparedJson } from '../../http/prepared-json.ts';
import { contentHeadlines } from '../catalogue/index.ts';
import { findChallenge, statusOf, teamProgress } from './challenges.read.ts';
import { teamsOfChallenges } from './challenges.repository.ts';
import { monthRanking, teamsOfUnits, unitOfPerson } from './recognition.boards.repository.ts';
import { readerUnits, recognitionReads } from './recognition.cache.ts';
import { settingsOf } from './recognition.repository.ts';
import { byName } from './recognition.rules.ts';
import { challengeSchema, individualBoardSchema } from './recognition.schemas.ts';

// The two boards everyone reads alike, from the organisation's shared copy (recognition.cache.ts): the
// challenge's team board and the month's individual ranking. What is the reader's own — which team is
// mine, where I stand — is found in memory; a reader costs at most one small query (their unit) per copy.

const readerOf = (ctx: Ctx) => (ctx.auth.kind === 'person' ? ctx.auth.personId : null);

/** The reader's unit (current people only, as a team's members are), kept a few seconds per reader. */
async function unitOf(ctx: Ctx, personId: string) {
  const { unitId } = await readerUnits.get(ctx.organisationId, `unit:${personId}`, () =>
    unitOfPerson(ctx.db, personId),
  );
  return unitId;
}

type SharedChallenge = Awaited<ReturnType<typeof loadChallenge>>;

async function loadChallenge(ctx: Ctx, id: string) {
  const row = await findChallenge(ctx, id);
  const teams = (await teamsOfChallenges(ctx.db, [id])).get(id) ?? [];
  const teamIds = teams.map((team) => team.id);
  const [{ leaderboardsEnabled }, progress, unitTeams, content] = await Promise.all([
    settingsOf(ctx.db),
    teamProgress(ctx, row, teamIds, null),
    // Which teams each unit counts for (a team is its unit and the units below), for "my team".
    teamsOfUnits(ctx.db, teamIds),
    row.content_id
      ? contentHeadlines(ctx.db, [row.content_id], ctx.locale).then((found) => found.get(row.content_id!))
      : null,
  ]);
  const standings = teams
    .map((team) => {
      const reached = progress.get(team.id)?.progress ?? 0;
      return {
        team,
        members: progress.get(team.id)?.members ?? 0,
        progress: reached,
        percent: Math.min(100, Math.floor((reached * 100) / row.goal)),
      };
    })
    .sort((a, b) => b.progress - a.progress || byName(a.team.name, b.team.name));
  // Checked (and stripped to the schema) once here, as the response serializer would per request; then
  // kept as JSON without what is the reader's (status by today, my team, the ranks).
  const {
    status,
    teams: checked,
    ...challenge
  } = challengeSchema.parse({
    id: row.id,
    title: row.title,
    description: row.description,
    metric: row.metric,
    content: content ? { id: content.id, title: content.title } : null,
    goal: row.goal,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    status: 'running',
    leaderboardsEnabled,
    teams: standings.map((standing) => ({ ...standing, isMine: false, rank: null })),
  });
  return {
    row,
    leaderboardsEnabled,
    json: openJson(challenge),
    unitTeams,
    /** Whole answers by day (the status) and the reader's unit (my teams), written out on first use. */
    answers: new Map<string, PreparedJson>(),
    /** Each reader's answer of this copy (one of `answers`), so their next request looks up nothing else. */
    readers: new Map<string, { today: string; answer: PreparedJson }>(),
    standings: checked.map(({ isMine, rank, ...standing }) => ({
      json: openJson(standing),
      id: standing.team.id,
    })),
  };
}

/** A challenge with its team board (ranked, or only my own teams when leaderboards are off). */
export async function challengeView(ctx: Ctx, id: string) {
  const shared = (await recognitionReads.get(ctx.organisationId, `challenge:${id}:${ctx.locale}`, () =>
    loadChallenge(ctx, id),
  )) as SharedChallenge;
  const me = readerOf(ctx);
  const today = ctx.today();
  const known = me === null ? undefined : shared.readers.get(me);
  if (known?.today === today) return known.answer;
  const unit = me === null ? null : await unitOf(ctx, me);
  // Readers of one unit on one day see the same answer: it is written out once per copy, not per request
  // (it was some 100 teams' JSON joined per request).
  const key = `${today}\u0000${unit ?? ''}`;
  let answer = shared.answers.get(key);
  if (!answer) {
    answer = boardAnswer(shared, unit, today).bytes();
    shared.answers.set(key, answer);
  }
  if (me !== null) shared.readers.set(me, { today, answer });
  return answer;
}

function boardAnswer(shared: SharedChallenge, unit: string | null, today: string) {
  const { leaderboardsEnabled } = shared;
  const mine = new Set(unit === null ? [] : (shared.unitTeams.get(unit) ?? []));
  const teams: string[] = [];
  shared.standings.forEach(({ json, id: teamId }, index) => {
    const isMine = mine.has(teamId);
    if (leaderboardsEnabled || isMine)
      teams.push(closeJson(json, { isMine, rank: leaderboardsEnabled ? index + 1 : null }));
  });
  const status = JSON.stringify(statusOf(shared.row, today));
  return new PreparedJson(`${shared.json},"status":${status},"teams":[${teams.join(',')}]}`);
}

type Ranking = {
  enabled: boolean;
  rows: { id: string; name: string; score: number }[];
  places: Map<string, number>;
  /** Answers of this copy, written out on first use: everyone off the board alike (''), else per reader. */
  answers: Map<string, PreparedJson>;
};

async function loadRanking(ctx: Ctx, month: string): Promise<Ranking> {
  const { leaderboardsEnabled } = await settingsOf(ctx.db);
  if (!leaderboardsEnabled) return { enabled: false, rows: [], places: new Map(), answers: new Map() };
  const rows = (await monthRanking(ctx.db, month)).sort(
    (a, b) => b.score - a.score || byName(a.name, b.name),
  );
  return {
    enabled: true,
    rows,
    places: new Map(rows.map((row, index) => [row.id, index])),
    answers: new Map(),
  };
}

/**
 * This month's points among everyone who opted in: the top three and — when I am on it — my neighbours
 * (two above, two below), never the bottom as such. Ranked by score, then name; the rank is the place.
 */
export async function pointsLeaderboard(ctx: Ctx) {
  const month = `${ctx.today().slice(0, 8)}01`;
  const ranking = (await recognitionReads.get(ctx.organisationId, `month:${month}`, () =>
    loadRanking(ctx, month),
  )) as Ranking;
  const me = readerOf(ctx);
  const mine = me === null || !ranking.enabled ? undefined : ranking.places.get(me);
  // Everyone not on the board gets the same answer; each one on it their own window. Checked against the
  // schema and written out once per copy, as the serializer would on every request.
  const key = mine === undefined ? '' : me!;
  let answer = ranking.answers.get(key);
  if (!answer) {
    answer = new PreparedJson(JSON.stringify(individualBoardSchema.parse(rankingFor(ranking, me, mine))));
    ranking.answers.set(key, answer);
  }
  return answer;
}

function rankingFor(ranking: Ranking, me: string | null, mine: number | undefined) {
  if (!ranking.enabled) return { enabled: false, iAmOnIt: false, entries: [] };
  const shown = ranking.rows.slice(0, 3).map((row, index) => ({ row, index }));
  if (mine !== undefined)
    for (let index = Math.max(3, mine - 2); index <= Math.min(ranking.rows.length - 1, mine + 2); index++)
      shown.push({ row: ranking.rows[index]!, index });
  return {
    enabled: true,
    iAmOnIt: mine !== undefined,
    entries: shown.map(({ row, index }) => ({
      rank: index + 1,
      person: { id: row.id, name: row.name },
      score: row.score,
      isMe: row.id === me,
    })),
  };
}
