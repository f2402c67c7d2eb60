import type { Ctx } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { can, personIdOf } from '../access/index.ts';
import { quadrantOf, roundTo } from './surveys.instrument.ts';
import { visibleGroups } from './surveys.read.ts';
import { findSurvey, unitNames, unitsHeadedBy, zoneRounds, zoneScoresByUnit } from './surveys.repository.ts';

/** Per team shown in a round: its two scale scores and its quadrant. Hidden teams get nothing. */
async function pointsOf(ctx: Ctx, surveyId: string) {
  const row = (await findSurvey(ctx.db, surveyId))!;
  const visible = await visibleGroups(ctx, row);
  const scores = await zoneScoresByUnit(ctx.db, surveyId);
  const points = new Map<string, { safety: number; accountability: number; respondents: number }>();
  for (const unitId of visible.units) {
    const safety = scores.find((s) => s.org_unit_id === unitId && s.dimension === 'safety');
    const accountability = scores.find((s) => s.org_unit_id === unitId && s.dimension === 'accountability');
    if (!safety || !accountability) continue;
    points.set(unitId, {
      safety: roundTo(safety.score),
      accountability: roundTo(accountability.score),
      respondents: visible.unitCount(unitId),
    });
  }
  return { points, threshold: visible.threshold };
}

const withQuadrant = (point: { safety: number; accountability: number } | undefined) =>
  point
    ? {
        safety: point.safety,
        accountability: point.accountability,
        quadrant: quadrantOf(point.safety, point.accountability),
      }
    : null;

/**
 * The Learning Zone of a round (the latest closed one unless asked), with each team's previous round.
 * HR (surveys.manage) sees every team shown; anyone else only the units they head.
 */
export async function learningZone(ctx: Ctx, query: { roundId?: string | undefined }) {
  const isHr = can(ctx.auth, 'surveys.manage');
  const myUnits = isHr ? null : await unitsHeadedBy(ctx.db, personIdOf(ctx.auth));
  const rounds = await zoneRounds(ctx.db);
  const index = query.roundId ? rounds.findIndex((round) => round.id === query.roundId) : 0;
  if (query.roundId && index < 0) throw notFound('Round');
  const round = rounds[index];
  const isNl = ctx.locale === 'nl';
  if (!round) return { round: null, previousRound: null, threshold: 0, teams: [] };
  const before = rounds[index + 1];
  const current = await pointsOf(ctx, round.id);
  const previous = before ? await pointsOf(ctx, before.id) : null;
  const unitIds = myUnits ?? [...new Set([...current.points.keys(), ...(previous?.points.keys() ?? [])])];
  const names = await unitNames(ctx.db, unitIds);
  return {
    round: {
      id: round.id,
      title: isNl ? round.title_nl : round.title_en,
      closedAt: round.closed_at ? new Date(round.closed_at).toISOString() : null,
    },
    previousRound: before ? { id: before.id, title: isNl ? before.title_nl : before.title_en } : null,
    threshold: current.threshold,
    teams: names
      .map((unit) => {
        const now = current.points.get(unit.id);
        return {
          unitId: unit.id,
          name: unit.name,
          isShown: Boolean(now),
          respondents: now?.respondents ?? null,
          current: withQuadrant(now),
          previous: withQuadrant(previous?.points.get(unit.id)),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
