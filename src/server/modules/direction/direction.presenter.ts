import type { Selectable } from 'kysely';
import type { CoreValuesTable } from '../../db/schema.ts';
import type { LinkedSkill, StatementRow } from './direction.repository.ts';

export const presentStatement = (row: StatementRow) => ({
  id: row.id,
  kind: row.kind,
  locale: row.locale,
  version: row.version,
  body: row.body,
  status: row.status,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
  createdAt: row.created_at.toISOString(),
});

export const presentPrinciple = (row: Selectable<CoreValuesTable>, skills?: LinkedSkill[]) => ({
  id: row.id,
  name: row.name,
  description: row.description,
  behaviours: [...row.behaviours].sort((a, b) => a.level - b.level),
  position: row.position,
  status: row.status,
  ...(skills ? { skillIds: skills.map((skill) => skill.id), skills } : {}),
});
