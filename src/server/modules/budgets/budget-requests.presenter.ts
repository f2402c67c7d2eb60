import type { Auth } from '../access/index.ts';
import { requestAbilities } from './budget-requests.policy.ts';
import type { filesOf, RequestRow } from './budget-requests.repository.ts';

type FileRow = Awaited<ReturnType<typeof filesOf>>[number];
const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function presentRequest(
  row: RequestRow,
  related: { files: FileRow[]; goalTitles: ReadonlyMap<string, string> },
  auth: Auth,
) {
  const { files } = related;
  const goalTitle = row.goal_id ? related.goalTitles.get(row.goal_id) : undefined;
  return {
    id: row.id,
    budgetId: row.budget_id,
    year: row.year,
    person: { id: row.person_id, displayName: row.person_name },
    goal: row.goal_id && goalTitle ? { id: row.goal_id, title: goalTitle } : null,
    actionId: row.action_id,
    provider: row.provider,
    title: row.title,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    costCents: row.cost_cents,
    hours: row.hours,
    motivation: row.motivation,
    state: row.state,
    declineReason: row.decline_reason,
    isOverBudgetOverride: row.is_over_budget_override,
    overrideReason: row.override_reason,
    spentCents: row.spent_cents,
    managerDecidedAt: iso(row.manager_decided_at),
    hrDecidedAt: iso(row.hr_decided_at),
    createdAt: row.created_at.toISOString(),
    files: files
      .filter((file) => file.request_id === row.id)
      .map((file) => ({
        id: file.id,
        purpose: file.purpose,
        fileName: file.file_name,
        sizeBytes: file.size_bytes,
      })),
    can: requestAbilities(auth, row),
  };
}
