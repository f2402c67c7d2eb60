import type { ReferenceResolver } from '../../core/references.ts';

// Values and competencies as "what this serves" (core/references.ts).

const named =
  (table: 'core_values' | 'core_competencies'): ReferenceResolver =>
  async (tenant, ids) => {
    const rows = ids.length
      ? await tenant.selectFrom(table).select(['id', 'name']).where('id', 'in', ids).execute()
      : [];
    return new Map(rows.map((row) => [row.id, { title: row.name, isLinkable: true }]));
  };

export const directionReferences = { value: named('core_values'), competency: named('core_competencies') };
