import { sql } from 'kysely';
import { standaloneContext } from '../src/server/core/context.ts';
import type { Db } from '../src/server/db/database.ts';
import { forOrganisation } from '../src/server/db/tenant.ts';
import { buildPerson } from '../src/server/factories/factories.ts';
import type { Auth } from '../src/server/modules/access/index.ts';
import { allocateByRule } from '../src/server/modules/budgets/budgets.service.ts';
import { createCycle } from '../src/server/modules/conversations/cycles.service.ts';

// Development at scale: a manager with 50 reports (plans, budgets, conversations) and a conversation
// cycle over the whole 10,000-person organisation, for the manager team overview and the HR board.

export const benchManager = { email: 'manager@bench.test', password: 'benchmark-manager-password' };

export async function seedDevelopmentBench(db: Db, organisationId: string) {
  const tenant = forOrganisation(db, organisationId);
  const year = new Date().getFullYear();
  const admin = await tenant
    .selectFrom('people')
    .select('id')
    .where('email', '=', 'admin@bench.test')
    .executeTakeFirstOrThrow();
  const manager = await buildPerson(db, organisationId, {
    email: benchManager.email,
    givenName: 'Mila',
    familyName: 'Manager',
    password: benchManager.password,
  });
  // Fifty people become the manager's reports.
  await sql`UPDATE people SET manager_id = ${manager.id}
            WHERE organisation_id = ${organisationId} AND id IN (
              SELECT id FROM people WHERE organisation_id = ${organisationId} AND id <> ${manager.id}
                AND id <> ${admin.id} AND status <> 'left' ORDER BY id LIMIT 50)`.execute(db);
  await tenant
    .insertInto('budget_policies', { year, amount_cents: 100_000, hours: 40, is_pro_rata: true })
    .execute();
  await allocateByRule(tenant, year);
  // A plan with two goals and three actions for everyone (shared), a few requests per team.
  await sql`INSERT INTO development_plans (organisation_id, person_id, period, state, shared_at)
            SELECT organisation_id, id, ${String(year)}, 'shared', now() FROM people
            WHERE organisation_id = ${organisationId} AND status <> 'left'`.execute(db);
  await sql`INSERT INTO plan_goals (organisation_id, plan_id, title, position)
            SELECT organisation_id, id, 'Doel ' || n, n FROM development_plans, generate_series(1, 2) n
            WHERE organisation_id = ${organisationId}`.execute(db);
  await sql`INSERT INTO plan_actions (organisation_id, plan_id, goal_id, kind, title, is_done)
            SELECT g.organisation_id, g.plan_id, g.id, 'learning', 'Actie', n = 1
            FROM plan_goals g, generate_series(1, 2) n WHERE g.organisation_id = ${organisationId}`.execute(
    db,
  );
  await sql`INSERT INTO budget_requests (organisation_id, budget_id, person_id, provider, title, cost_cents, motivation,
              state, decline_reason, spent_cents)
            SELECT organisation_id, id, person_id, 'Academie', 'Cursus', 25000, 'Voor mijn doel', state,
              CASE WHEN state = 'declined' THEN 'Te duur' END, CASE WHEN state = 'completed' THEN 25000 END
            FROM (SELECT *, (ARRAY['pending_manager', 'approved', 'completed', 'declined'])[1 + (abs(hashtext(id::text)) % 4)] AS state
                  FROM development_budgets WHERE organisation_id = ${organisationId}) b`.execute(db);
  const hr: Auth = {
    kind: 'person',
    organisationId,
    personId: admin.id,
    sessionId: 'bench',
    roles: new Set(['employee', 'hr_admin']),
    locale: 'nl',
  };
  const cycleId = await createCycle(standaloneContext({ db, auth: hr }), {
    name: `Ontwikkelgesprekken ${year}`,
    templateKey: 'ontwikkelgesprek',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    preparationDue: `${year}-11-01`,
    signOffDue: `${year}-12-15`,
    unitIds: [],
    jobTitles: [],
  });
  // Progress: about half prepared by both, a third held, a quarter signed.
  await sql`INSERT INTO conversation_preparations (organisation_id, conversation_id, side, answers, shared_at)
            SELECT organisation_id, id, side, '{}', now() FROM conversations, unnest(ARRAY['employee','manager']) side
            WHERE organisation_id = ${organisationId} AND abs(hashtext(id::text)) % 2 = 0`.execute(db);
  // As sharePreparation does when the second side shares.
  await sql`UPDATE conversations SET prepared_at = now() WHERE organisation_id = ${organisationId} AND abs(hashtext(id::text)) % 2 = 0`.execute(
    db,
  );
  await sql`UPDATE conversations SET held_at = now() WHERE organisation_id = ${organisationId} AND abs(hashtext(id::text)) % 3 = 0`.execute(
    db,
  );
  await sql`UPDATE conversations SET employee_signed_at = now(), manager_signed_at = now()
            WHERE organisation_id = ${organisationId} AND abs(hashtext(id::text)) % 4 = 0`.execute(db);
  await sql`ANALYZE`.execute(db);
  return { cycleId };
}
