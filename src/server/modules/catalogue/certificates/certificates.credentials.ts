import type { TenantDb } from '../../../db/tenant.ts';
import { servesOf } from '../catalogue.serves.ts';

export type CertificateFacts = {
  id: string;
  personId: string;
  kind: 'course' | 'path';
  subjectId: string;
  title: string;
  summary: string;
  recipientName: string;
  issuedAt: Date;
  /** Skills and competencies the course or path serves: the credential's alignment. */
  alignment: { kind: 'skill' | 'competency'; id: string; name: string }[];
};

/**
 * What the credentials module needs to issue an Open Badges credential for certificates: the chosen ones
 * (`ids`), one person's, or all of the organisation's (the retroactive job).
 */
export async function certificatesForCredentials(
  tenant: TenantDb,
  filter: { ids?: string[]; personId?: string },
): Promise<CertificateFacts[]> {
  if (filter.ids && !filter.ids.length) return [];
  let query = tenant
    .selectFrom('certificates')
    .select(['id', 'person_id', 'subject_kind', 'subject_id', 'title', 'recipient_name', 'issued_at'])
    .orderBy('issued_at');
  if (filter.ids) query = query.where('id', 'in', filter.ids);
  if (filter.personId) query = query.where('person_id', '=', filter.personId);
  const rows = await query.execute();
  const summaries = new Map<string, string>();
  for (const kind of ['course', 'path'] as const) {
    const ids = rows.filter((row) => row.subject_kind === kind).map((row) => row.subject_id);
    if (!ids.length) continue;
    const table = kind === 'course' ? 'courses' : 'learning_paths';
    for (const row of await tenant
      .selectFrom(table)
      .select(['id', 'summary'])
      .where('id', 'in', ids)
      .execute())
      summaries.set(row.id, row.summary);
  }
  const serves = new Map<string, Awaited<ReturnType<typeof servesOf>>>();
  for (const kind of ['course', 'path'] as const)
    serves.set(
      kind,
      await servesOf(
        tenant,
        kind,
        rows.filter((row) => row.subject_kind === kind).map((row) => row.subject_id),
        'nl',
      ),
    );
  return rows.map((row) => ({
    id: row.id,
    personId: row.person_id,
    kind: row.subject_kind,
    subjectId: row.subject_id,
    title: row.title,
    summary: summaries.get(row.subject_id) ?? '',
    recipientName: row.recipient_name,
    issuedAt: row.issued_at,
    alignment: (serves.get(row.subject_kind)?.get(row.subject_id) ?? []).flatMap((entry) =>
      entry.kind === 'skill' || entry.kind === 'competency'
        ? [{ kind: entry.kind, id: entry.id, name: entry.name }]
        : [],
    ),
  }));
}
