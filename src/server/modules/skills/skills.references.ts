import type { ReferenceResolver } from '../../core/references.ts';

// Skills and job roles as "what this serves" (core/references.ts); an archived skill is shown, not linked anew.

const skill: ReferenceResolver = async (tenant, ids, reader) => {
  const rows = ids.length
    ? await tenant
        .selectFrom('skills')
        .select(['id', 'name_nl', 'name_en', 'is_archived'])
        .where('id', 'in', ids)
        .execute()
    : [];
  return new Map(
    rows.map((row) => [
      row.id,
      { title: reader.locale === 'en' ? row.name_en : row.name_nl, isLinkable: !row.is_archived },
    ]),
  );
};

const jobRole: ReferenceResolver = async (tenant, ids, reader) => {
  const rows = ids.length
    ? await tenant
        .selectFrom('job_roles')
        .select(['id', 'name_nl', 'name_en'])
        .where('id', 'in', ids)
        .execute()
    : [];
  return new Map(
    rows.map((row) => [
      row.id,
      { title: reader.locale === 'en' ? row.name_en : row.name_nl, isLinkable: true },
    ]),
  );
};

export const skillReferences = { skill, job_role: jobRole };
