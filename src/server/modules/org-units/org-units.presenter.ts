import type { OrgUnitTreeRow } from './org-units.repository.ts';

export const presentOrgUnit = (row: OrgUnitTreeRow) => ({
  id: row.id,
  parentId: row.parent_id,
  name: row.name,
  code: row.code,
  kind: row.kind,
  head: row.head_id ? { id: row.head_id, name: row.head_name ?? '' } : null,
  headcount: Number(row.headcount),
  totalHeadcount: Number(row.total_headcount),
});
