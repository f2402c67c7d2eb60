import type { LearningSubjectKind, Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { type Auth, can } from '../access/index.ts';

/** What a content item, course or path helps with, besides its plain topics. */
export type ServesKind = 'skill' | 'value' | 'competency' | 'goal';
export type ServesRef = { kind: ServesKind; id: string };
export type ServesEntry = ServesRef & { name: string };

async function namesOf(tenant: TenantDb, kind: ServesKind, ids: string[], locale: Locale, auth?: Auth) {
  const names = new Map<string, string>();
  if (!ids.length) return names;
  if (kind === 'skill') {
    const rows = await tenant
      .selectFrom('skills')
      .select(['id', 'name_nl', 'name_en'])
      .where('id', 'in', ids)
      .execute();
    for (const row of rows) names.set(row.id, locale === 'en' ? row.name_en : row.name_nl);
  } else if (kind === 'goal') {
    let query = tenant.selectFrom('organisation_goals').select(['id', 'title']).where('id', 'in', ids);
    // A confidential goal exists only for whoever may read confidential goals.
    if (!auth || !can(auth, 'goals.read_confidential')) query = query.where('is_confidential', '=', false);
    for (const row of await query.execute()) names.set(row.id, row.title);
  } else {
    const table = kind === 'value' ? 'core_values' : 'core_competencies';
    for (const row of await tenant.selectFrom(table).select(['id', 'name']).where('id', 'in', ids).execute())
      names.set(row.id, row.name);
  }
  return names;
}

const kinds: ServesKind[] = ['skill', 'value', 'competency', 'goal'];

/**
 * Checks that every reference exists in this organisation (and that a confidential goal is visible to the
 * writer), then replaces the subject's skill/value/competency/goal links. Links to confidential goals the
 * writer cannot see stay as they are.
 */
export async function replaceServes(
  trx: TenantDb,
  auth: Auth,
  subjectKind: LearningSubjectKind,
  subjectId: string,
  serves: ServesRef[],
): Promise<void> {
  const errors: FieldError[] = [];
  for (const kind of kinds) {
    const wanted = serves.filter((ref) => ref.kind === kind).map((ref) => ref.id);
    const known = await namesOf(trx, kind, [...new Set(wanted)], 'nl', auth);
    serves.forEach((ref, index) => {
      if (ref.kind === kind && !known.has(ref.id))
        errors.push({
          field: `serves.${index}.id`,
          message: `no such ${kind} in this organisation`,
          code: 'unknownReference',
        });
    });
  }
  if (errors.length)
    throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      errors,
    });
  let removal = trx
    .deleteFrom('learning_links')
    .where('subject_kind', '=', subjectKind)
    .where('subject_id', '=', subjectId)
    .where('target_kind', '<>', 'topic');
  if (!can(auth, 'goals.read_confidential')) {
    const hidden = await trx
      .selectFrom('organisation_goals')
      .select('id')
      .where('is_confidential', '=', true)
      .execute();
    if (hidden.length)
      removal = removal.where((eb) =>
        eb.or([
          eb('target_kind', '<>', 'goal'),
          eb(
            'target_id',
            'not in',
            hidden.map((goal) => goal.id),
          ),
        ]),
      );
  }
  await removal.execute();
  const unique = [...new Map(serves.map((ref) => [`${ref.kind}:${ref.id}`, ref])).values()];
  if (unique.length)
    await trx
      .insertInto(
        'learning_links',
        unique.map((ref) => ({
          subject_kind: subjectKind,
          subject_id: subjectId,
          target_kind: ref.kind,
          target_id: ref.id,
          label: null,
        })),
      )
      .execute();
}

/**
 * The skills, values, competencies and goals each subject serves, with names in the reader's language.
 * Confidential goals appear only for readers allowed to see them; links to deleted targets drop out.
 */
export async function servesOf(
  tenant: TenantDb,
  subjectKind: LearningSubjectKind,
  subjectIds: string[],
  locale: Locale,
  auth?: Auth,
): Promise<Map<string, ServesEntry[]>> {
  const result = new Map<string, ServesEntry[]>();
  if (!subjectIds.length) return result;
  const links = await tenant
    .selectFrom('learning_links')
    .select(['subject_id', 'target_kind', 'target_id'])
    .where('subject_kind', '=', subjectKind)
    .where('subject_id', 'in', subjectIds)
    .where('target_kind', '<>', 'topic')
    .execute();
  const names = new Map<string, Map<string, string>>();
  for (const kind of kinds) {
    const ids = [...new Set(links.filter((l) => l.target_kind === kind).map((l) => l.target_id ?? ''))];
    names.set(kind, await namesOf(tenant, kind, ids, locale, auth));
  }
  for (const link of links) {
    const kind = link.target_kind as ServesKind;
    const name = names.get(kind)?.get(link.target_id ?? '');
    if (name === undefined) continue;
    const list = result.get(link.subject_id) ?? [];
    list.push({ kind, id: link.target_id ?? '', name });
    result.set(link.subject_id, list);
  }
  for (const list of result.values())
    list.sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.name.localeCompare(b.name));
  return result;
}
