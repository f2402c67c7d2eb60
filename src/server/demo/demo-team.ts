import type { Db } from '../db/database.ts';
import { demoActors } from './demo-actors.ts';

// The demo people the growth week and the WorkOuts are seeded as: L&D, the team manager, the demo
// employee and six of the team (in a stable order).

export async function demoTeam(db: Db, organisationId: string) {
  const { tenant, actingAs, as, byEmail } = demoActors(db, organisationId);
  const ld = actingAs(as(await byEmail('leren@delinde.demo'), ['employee', 'ld_admin']));
  const managerId = await byEmail('teamleider@delinde.demo');
  const manager = actingAs(as(managerId, ['employee', 'manager']));
  const employeeId = await byEmail('medewerker@delinde.demo');
  const employee = actingAs(as(employeeId));
  const team = (
    await tenant
      .selectFrom('people')
      .select('id')
      .where('manager_id', '=', managerId)
      .where('email', '<>', 'medewerker@delinde.demo')
      .orderBy('family_name')
      .limit(6)
      .execute()
  ).map((row) => row.id);
  return { tenant, actingAs, as, ld, managerId, manager, employeeId, employee, team };
}
