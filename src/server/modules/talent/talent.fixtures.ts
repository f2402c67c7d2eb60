import type { App } from '../../app.ts';
import type { Db } from '../../db/database.ts';
import { buildOrgUnit, buildPerson } from '../../factories/factories.ts';
import { inDays } from '../../test/calendar.ts';
import { buildOrganisationWithRoles, signInAs, testPassword } from '../../test/test-app.ts';

/**
 * An organisation for talent-review tests: a director, an area manager, two team leaders in Zorg Noord
 * (each with a report), so a round on "the managers of Zorg Noord" reviews the two team leaders with the
 * director (their manager's manager) as reviewer. Mila (outside the round) manages Emre.
 */
export async function talentOrganisation(app: App, db: Db) {
  const org = await buildOrganisationWithRoles(app, db);
  const orgId = org.organisation.id;
  const noord = await buildOrgUnit(db, orgId, { name: 'Zorg Noord' });
  const make = (givenName: string, managerId?: string, orgUnitId = org.unit.id) =>
    buildPerson(db, orgId, { password: testPassword, givenName, managerId, orgUnitId });
  const director = await make('Dirk');
  const area = await make('Anouk', director.id);
  const leader = await make('Tess', area.id, noord.id);
  const leader2 = await make('Bas', area.id, noord.id);
  const report = await make('Eva', leader.id, noord.id);
  await make('Finn', leader2.id, noord.id);
  const made = await org.as.hrAdmin.post('/api/v1/job-roles', {
    name: { nl: 'Regiomanager', en: 'Area manager' },
  });
  if (made.statusCode !== 201) throw new Error(made.body);
  const role = made.json<{ id: string }>();
  const [asDirector, asArea, asLeader, asReport] = await Promise.all(
    [director, area, leader, report].map((person) => signInAs(app, person)),
  );
  const open = await org.as.hrAdmin.post('/api/v1/talent/rounds', {
    title: 'Vlootschouw teamleiders Zorg Noord',
    criteria: { unitIds: [noord.id], roles: ['manager'] },
    reviewDeadline: inDays(14),
    calibrationOn: inDays(21),
    participantIds: [area.id],
  });
  if (open.statusCode !== 201) throw new Error(open.body);
  const round = open.json<{ id: string; grid: { reviewId: string; personId: string }[] }>();
  const reviewOf = (personId: string) => round.grid.find((row) => row.personId === personId)!.reviewId;
  return {
    org,
    noord,
    people: { director, area, leader, leader2, report },
    as: { director: asDirector!, area: asArea!, leader: asLeader!, report: asReport! },
    roleId: role.id,
    roundId: round.id,
    reviewId: reviewOf(leader.id),
    review2Id: reviewOf(leader2.id),
  };
}

export const filledReview = (roleId: string | null = null) => ({
  performance: 2,
  potential: 3,
  answers: {
    mission: 'Draagt de visie uit in elk teamoverleg.',
    'develops-people': 'Voert goede gesprekken.',
  },
  flightRisk: 'medium',
  readiness: 'ready_later',
  nextRoleId: roleId,
  advice: 'Geheim advies: leiderschapstraject volgen.',
  actions: ['Leiderschapstraject volgen'],
  isSubmitted: true,
});
