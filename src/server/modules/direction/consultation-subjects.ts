import type { TenantDb } from '../../db/tenant.ts';

// What consultations put before an audience from direction: mission/vision statements ('statement')
// or values and competencies ('value_set'). Consultations ask through these, never the tables.

export type DirectionSubjectKind = 'statement' | 'value_set';

/** Which of the ids exist (a consultation about something that is not there is refused). */
export async function existingDirectionIds(tenant: TenantDb, kind: DirectionSubjectKind, ids: string[]) {
  if (!ids.length) return new Set<string>();
  const rows =
    kind === 'statement'
      ? await tenant.selectFrom('direction_statements').select('id').where('id', 'in', ids).execute()
      : [
          ...(await tenant.selectFrom('core_values').select('id').where('id', 'in', ids).execute()),
          ...(await tenant.selectFrom('core_competencies').select('id').where('id', 'in', ids).execute()),
        ];
  return new Set(rows.map((row) => row.id));
}

/** The drafts as the audience reads them. */
export async function directionAsSubject(tenant: TenantDb, kind: DirectionSubjectKind, ids: string[]) {
  if (!ids.length) return [];
  if (kind === 'value_set') {
    const [values, competencies] = await Promise.all([
      tenant
        .selectFrom('core_values')
        .select(['id', 'name', 'description', 'status'])
        .where('id', 'in', ids)
        .orderBy('position')
        .execute(),
      tenant
        .selectFrom('core_competencies')
        .select(['id', 'name', 'description', 'status'])
        .where('id', 'in', ids)
        .orderBy('position')
        .execute(),
    ]);
    return [
      ...values.map((v) => ({
        id: v.id,
        kind: 'core_value',
        title: v.name,
        body: v.description,
        status: v.status,
      })),
      ...competencies.map((c) => ({
        id: c.id,
        kind: 'core_competency',
        title: c.name,
        body: c.description,
        status: c.status,
      })),
    ];
  }
  const statements = await tenant
    .selectFrom('direction_statements')
    .select(['id', 'kind', 'locale', 'version', 'body', 'status'])
    .where('id', 'in', ids)
    .execute();
  return statements.map((s) => ({
    id: s.id,
    kind: s.kind as string,
    title: `${s.kind} (${s.locale}, v${s.version})`,
    body: s.body,
    status: s.status as string,
  }));
}

/** A consultation closed with "publish": its drafts become what the organisation stands for. */
export async function publishDirectionDrafts(
  tenant: TenantDb,
  kind: DirectionSubjectKind,
  ids: string[],
  at: Date,
) {
  if (!ids.length) return;
  if (kind === 'statement') {
    await tenant
      .updateTable('direction_statements')
      .set({ status: 'published' })
      .where('id', 'in', ids)
      .execute();
    return;
  }
  await tenant
    .updateTable('core_values')
    .set({ status: 'published', updated_at: at })
    .where('id', 'in', ids)
    .where('status', '=', 'draft')
    .execute();
  await tenant
    .updateTable('core_competencies')
    .set({ status: 'published', updated_at: at })
    .where('id', 'in', ids)
    .where('status', '=', 'draft')
    .execute();
}
