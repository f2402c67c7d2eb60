import type { ReferenceResolver } from '../../core/references.ts';
import type { TenantDb } from '../../db/tenant.ts';
import type { Auth } from '../access/index.ts';
import { goalVisibility } from './goals.policy.ts';

// Goals as "what this serves" (core/references.ts): the one confidential-goal rule for plans and learning.

const organisationGoal: ReferenceResolver = async (tenant, ids, reader) => {
  const visibility = reader.auth
    ? goalVisibility(reader.auth)
    : { withDrafts: false, withConfidential: false };
  const rows = ids.length
    ? await tenant
        .selectFrom('organisation_goals')
        .select(['id', 'title', 'is_confidential', 'status'])
        .where('id', 'in', ids)
        .execute()
    : [];
  return new Map(
    rows
      .filter((goal) => !goal.is_confidential || visibility.withConfidential)
      .map((goal) => [
        goal.id,
        { title: goal.title, isLinkable: goal.status !== 'draft' || visibility.withDrafts },
      ]),
  );
};

const teamGoal: ReferenceResolver = async (tenant, ids) => {
  const rows = ids.length
    ? await tenant.selectFrom('team_goals').select(['id', 'title']).where('id', 'in', ids).execute()
    : [];
  return new Map(rows.map((goal) => [goal.id, { title: goal.title, isLinkable: true }]));
};

export const goalReferences = { organisation_goal: organisationGoal, team_goal: teamGoal };

/**
 * The confidential goals this reader may not see, as a subquery (null when they see every goal):
 * catalogue leaves its links to them alone when a writer replaces what learning serves.
 */
export const goalsHiddenFrom = (tenant: TenantDb, auth: Auth) =>
  goalVisibility(auth).withConfidential
    ? null
    : tenant.selectFrom('organisation_goals').select('id').where('is_confidential', '=', true);
