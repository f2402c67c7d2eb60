import { isOpen } from './consultations.policy.ts';
import type { ConsultationRow, ResponseRow } from './consultations.repository.ts';

const kinds = ['support', 'concern', 'question'] as const;
type Counts = Record<(typeof kinds)[number], number>;
const zero = (): Counts => ({ support: 0, concern: 0, question: 0 });

export function summaryOf(responses: ResponseRow[]) {
  const byKind = zero();
  const byUnit = new Map<string, Counts & { unit: { id: string; name: string } | null }>();
  for (const response of responses) {
    byKind[response.kind]++;
    // Anonymous responses carry no unit; they are counted together.
    const key = response.org_unit_id ?? '';
    const entry =
      byUnit.get(key) ??
      ({
        ...zero(),
        unit: response.org_unit_id ? { id: response.org_unit_id, name: response.unit_name ?? '' } : null,
      } as Counts & {
        unit: { id: string; name: string } | null;
      });
    entry[response.kind]++;
    byUnit.set(key, entry);
  }
  return {
    byKind,
    byUnit: [...byUnit.values()].sort((a, b) =>
      a.unit ? (b.unit ? a.unit.name.localeCompare(b.unit.name) : -1) : b.unit ? 1 : 0,
    ),
  };
}

export const presentResponse = (row: ResponseRow) => ({
  id: row.id,
  kind: row.kind,
  comment: row.comment,
  isAnonymous: row.is_anonymous,
  author: row.person_id && !row.is_anonymous ? { id: row.person_id, name: row.author_name ?? '' } : null,
  unit: row.org_unit_id ? { id: row.org_unit_id, name: row.unit_name ?? '' } : null,
  createdOn: row.created_on,
  replies: row.replies.map((reply) => ({
    id: reply.id,
    body: reply.body,
    by: reply.person_id ? { id: reply.person_id, name: reply.by_name ?? '' } : null,
    createdAt: reply.created_at.toISOString(),
  })),
});

export const presentSummary = (
  row: ConsultationRow,
  extra: { responseCount: number; hasResponded: boolean },
  now: Date,
) => ({
  id: row.id,
  title: row.title,
  subjectKind: row.subject_kind,
  audienceKind: row.audience_kind,
  closesAt: row.closes_at.toISOString(),
  status: row.status,
  isOpen: isOpen(row, now),
  ...extra,
});
