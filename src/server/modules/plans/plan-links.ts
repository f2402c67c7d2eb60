import type { TenantDb } from '../../db/tenant.ts';
import { invalidField } from '../../http/errors.ts';
import type { Auth } from '../access/index.ts';
import { goalVisibility } from '../goals/index.ts';
import type { servesKinds } from './plans.schemas.ts';

type ServesKind = (typeof servesKinds)[number];
type Link = { kind: ServesKind | null; id: string | null };

/** The titles of what plan goals serve, as this reader may see them (confidential goals only with permission). */
export async function servedTitles(
  tenant: TenantDb,
  auth: Auth,
  links: Link[],
): Promise<Map<string, string>> {
  const ids = (kind: ServesKind) => [
    ...new Set(links.filter((l) => l.kind === kind && l.id).map((l) => l.id as string)),
  ];
  const english = auth.kind === 'person' && auth.locale === 'en';
  const visibility = goalVisibility(auth);
  const titles = new Map<string, string>();
  const [organisationGoals, teamGoals, skills, roles] = await Promise.all([
    ids('organisation_goal').length
      ? tenant
          .selectFrom('organisation_goals')
          .select(['id', 'title', 'is_confidential', 'status'])
          .where('id', 'in', ids('organisation_goal'))
          .execute()
      : [],
    ids('team_goal').length
      ? tenant.selectFrom('team_goals').select(['id', 'title']).where('id', 'in', ids('team_goal')).execute()
      : [],
    ids('skill').length
      ? tenant
          .selectFrom('skills')
          .select(['id', 'name_nl', 'name_en'])
          .where('id', 'in', ids('skill'))
          .execute()
      : [],
    ids('job_role').length
      ? tenant
          .selectFrom('job_roles')
          .select(['id', 'name_nl', 'name_en'])
          .where('id', 'in', ids('job_role'))
          .execute()
      : [],
  ]);
  for (const goal of organisationGoals)
    if (!goal.is_confidential || visibility.withConfidential) titles.set(goal.id, goal.title);
  for (const goal of teamGoals) titles.set(goal.id, goal.title);
  for (const row of [...skills, ...roles]) titles.set(row.id, english ? row.name_en : row.name_nl);
  return titles;
}

/** A plan goal may only serve something that exists in the organisation and that the writer may see. */
export async function assertServesExists(
  tenant: TenantDb,
  auth: Auth,
  link: Link,
  field: 'servesId' | 'skillId' = 'servesId',
): Promise<void> {
  if (!link.id) return;
  if (!link.kind) throw invalidField('servesKind', 'is needed with servesId');
  let found = false;
  if (link.kind === 'organisation_goal') {
    const goal = await tenant
      .selectFrom('organisation_goals')
      .select(['is_confidential', 'status'])
      .where('id', '=', link.id)
      .executeTakeFirst();
    const visibility = goalVisibility(auth);
    found =
      Boolean(goal) &&
      (!goal?.is_confidential || visibility.withConfidential) &&
      (goal?.status !== 'draft' || visibility.withDrafts);
  } else if (link.kind === 'team_goal') {
    found = Boolean(
      await tenant.selectFrom('team_goals').select('id').where('id', '=', link.id).executeTakeFirst(),
    );
  } else if (link.kind === 'skill') {
    found = Boolean(
      await tenant
        .selectFrom('skills')
        .select('id')
        .where('id', '=', link.id)
        .where('is_archived', '=', false)
        .executeTakeFirst(),
    );
  } else {
    found = Boolean(
      await tenant.selectFrom('job_roles').select('id').where('id', '=', link.id).executeTakeFirst(),
    );
  }
  if (!found)
    throw invalidField(
      field,
      `no such ${link.kind.replace('_', ' ')} in this organisation`,
      'unknownReference',
    );
}
