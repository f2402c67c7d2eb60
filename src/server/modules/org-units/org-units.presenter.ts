import { displayName } from '../people/index.ts';
import type { OrgUnitTreeRow } from './org-units.repository.ts';

export const presentOrgUnit = (row: OrgUnitTreeRow) => ({
  id: row.id,
  parentId: row.parent_id,
  name: row.name,
  code: row.code,
  kind: row.kind,
  head: row.head_id
    ? {
        id: row.head_id,
        name: displayName({
          given_name: row.head_given_name ?? '',
          family_name_prefix: row.head_family_name_prefix,
          family_name: row.head_family_name ?? '',
        }),
      }
    : null,
  headcount: Number(row.headcount),
  totalHeadcount: Number(row.total_headcount),
});
