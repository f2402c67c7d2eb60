import { addDays, calendarDateOf } from '../core/calendar.ts';
import { standaloneContext } from '../core/context.ts';
import type { Db } from '../db/database.ts';
import { decideProposal, signOff } from '../modules/talent/talent.outcomes.ts';
import { moveReview, openRound, saveReview } from '../modules/talent/talent.service.ts';
import { demoActors } from './demo-actors.ts';

// A finished talent review (vlootschouw) for De Linde's team leaders, through the same use cases as the
// API and dated back to when it would have run: the director (their manager's manager) reviewed each of
// them, the calibration moved one with a reason, HR signed it off, and the outcomes are in the plans —
// one team leader accepted the proposed action, the demo's team leader still has one waiting.

const day = 86_400_000;

/** What the director wrote per team leader, by unit code: box, advice, actions; the rest is varied. */
const verdicts: Record<
  string,
  { performance: number; potential: number; advice: string; actions: string[] }
> = {
  'WZ-LH1': {
    performance: 2,
    potential: 2,
    advice: 'Zijn team groeit zichtbaar; hij mag meer ruimte nemen als coach van zijn mensen.',
    actions: ['Opleiding teamcoach (6 dagdelen)'],
  },
  'WZ-LH2': {
    performance: 3,
    potential: 3,
    advice: 'Klaar voor een volgende stap; geef haar een locatie-overstijgend project.',
    actions: ['Leiderschapstraject voor toptalent', 'Meelopen met de regiomanager'],
  },
  'WZ-BH': {
    performance: 2,
    potential: 1,
    advice: 'Betrouwbaar en geliefd; de plannen van het team mogen vaker op tijd rond zijn.',
    actions: ['Werkplezier en ontwikkelgesprekken plannen met het team'],
  },
};
const fallback = {
  performance: 3,
  potential: 2,
  advice: 'Sterke presteerder; deel de aanpak met de andere teamleiders.',
  actions: ['Intervisie met collega-teamleiders begeleiden'],
};

export async function seedTalent(db: Db, organisationId: string) {
  const { tenant, as, byEmail } = demoActors(db, organisationId);
  const today = calendarDateOf(new Date());
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * day);
  const hr = as(await byEmail('hr@delinde.demo'), ['employee', 'hr_admin']);
  const teamLeader = await tenant
    .selectFrom('job_roles')
    .select('id')
    .where('name_nl', '=', 'Teamleider')
    .executeTakeFirstOrThrow();
  const areaManagerRole = await tenant
    .selectFrom('job_roles')
    .select('id')
    .where('name_nl', '=', 'Regiomanager')
    .executeTakeFirstOrThrow();
  const areaManagers = await tenant
    .selectFrom('people')
    .select('id')
    .where('job_title', '=', 'Regiomanager')
    .execute();

  const roundId = await openRound(standaloneContext({ db, auth: hr, at: at(45) }), {
    title: 'Vlootschouw teamleiders',
    criteria: {
      unitIds: [],
      jobRoleIds: [teamLeader.id],
      roles: [],
      statuses: [],
      startDateFrom: null,
      startDateTo: null,
      startsWithinDays: null,
    },
    reviewerRule: 'managers_manager',
    reviewDeadline: addDays(today, -30),
    calibrationOn: addDays(today, -21),
    questions: undefined,
    participantIds: areaManagers.map((p) => p.id),
    isDraft: false,
  });
  const rows = await tenant
    .selectFrom('talent_reviews')
    .select(['id', 'person_id', 'reviewer_id'])
    .where('round_id', '=', roundId)
    .execute();
  const people = await tenant
    .selectFrom('people')
    .leftJoin('org_units', (join) =>
      join
        .onRef('org_units.organisation_id', '=', 'people.organisation_id')
        .onRef('org_units.id', '=', 'people.org_unit_id'),
    )
    .select(['people.id', 'people.email', 'org_units.code'])
    .where(
      'people.id',
      'in',
      rows.map((row) => row.person_id),
    )
    .execute();
  const reviews = rows
    .map((row) => {
      const person = people.find((p) => p.id === row.person_id)!;
      return { ...row, email: person.email, code: person.code ?? '' };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const [index, review] of reviews.entries()) {
    const verdict = verdicts[review.code] ?? fallback;
    const reviewer = review.reviewer_id ? as(review.reviewer_id, ['employee', 'owner']) : hr;
    await saveReview(standaloneContext({ db, auth: reviewer, at: at(32 - index) }), review.id, {
      performance: verdict.performance,
      // The demo's team leader was placed one lower at first; the calibration moves him up (below).
      potential: review.code === 'WZ-LH1' ? 1 : verdict.potential,
      answers: {
        mission: 'Brengt de visie van De Linde terug in elk teamoverleg en in de keuzes van het rooster.',
        'develops-people':
          'Voert de ontwikkelgesprekken op tijd en maakt leerafspraken die ook worden nagekomen.',
        'own-development': 'Volgt zelf scholing en vraagt om feedback van het team.',
      },
      flightRisk: index % 3 === 1 ? 'medium' : 'low',
      readiness: verdict.potential === 3 ? 'ready_later' : null,
      nextRoleId: verdict.potential === 3 ? areaManagerRole.id : null,
      advice: verdict.advice,
      actions: verdict.actions,
      isSubmitted: true,
    });
  }
  const sander = reviews.find((review) => review.email === 'teamleider@delinde.demo');
  if (sander)
    await moveReview(standaloneContext({ db, auth: hr, at: at(21) }), sander.id, {
      performance: 2,
      potential: 2,
      reason:
        'In de kalibratie: de regiomanager ziet zijn team groeien in leerafspraken; potentieel één vak hoger.',
    });
  await signOff(standaloneContext({ db, auth: hr, at: at(20) }), roundId);
  // One team leader (not the demo's) accepted her first proposed action; Sander's still waits for him.
  const other = reviews.find((review) => review.code === 'WZ-LH2');
  if (other) {
    const proposal = await tenant
      .selectFrom('talent_proposals')
      .select('id')
      .where('review_id', '=', other.id)
      .orderBy('title')
      .executeTakeFirst();
    if (proposal)
      await decideProposal(
        standaloneContext({ db, auth: as(other.person_id, ['employee']), at: at(18) }),
        proposal.id,
        'accepted',
      );
  }
  return roundId;
}
