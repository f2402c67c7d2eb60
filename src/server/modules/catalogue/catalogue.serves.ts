import {
  type Reference,
  type ReferenceKind,
  referenceKey,
  resolveReferences,
} from '../../core/references.ts';
import type { LearningSubjectKind, Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import type { Auth } from '../access/index.ts';
import { goalsHiddenFrom } from '../goals/index.ts';

/** What a content item, course or path helps with, besides its plain topics. */
export type ServesKind = 'skill' | 'value' | 'competency' | 'goal';
export type ServesRef = { kind: ServesKind; id: string };
export type ServesEntry = ServesRef & { name: string };

/** A learning link's kind as the one "what does this serve" contract names it. */
const referenceKinds = {
  skill: 'skill',
  value: 'value',
  competency: 'competency',
  goal: 'organisation_goal',
} as const satisfies Record<ServesKind, ReferenceKind>;
const referenceOf = (ref: ServesRef): Reference => ({ kind: referenceKinds[ref.kind], id: ref.id });

/**
 * The names of what the links point at, as the reader may see them, by `referenceKey`: the owners
 * (skills, direction, goals with their confidential-goal rule) resolve them, one query per kind.
 */
const namesOf = (tenant: TenantDb, refs: ServesRef[], locale: Locale, auth?: Auth) =>
  resolveReferences(tenant, refs.map(referenceOf), { auth: auth ?? null, locale });

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
  const known = await namesOf(trx, serves, 'nl', auth);
  const errors: FieldError[] = serves.flatMap((ref, index) =>
    known.has(referenceKey(referenceOf(ref)))
      ? []
      : [
          {
            field: `serves.${index}.id`,
            message: `no such ${ref.kind} in this organisation`,
            code: 'unknownReference',
          },
        ],
  );
  if (errors.length)
    throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      errors,
    });
  let removal = trx
    .deleteFrom('learning_links')
    .where('subject_kind', '=', subjectKind)
    .where('subject_id', '=', subjectId)
    .where('target_kind', '<>', 'topic');
  // Goals own the confidential-goal rule: links to goals this writer may not see stay as they are.
  const hidden = goalsHiddenFrom(trx, auth);
  if (hidden)
    removal = removal.where((eb) =>
      eb.or([eb('target_kind', '<>', 'goal'), eb('target_id', 'not in', hidden)]),
    );
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
  const refs = links.map((link) => ({ kind: link.target_kind as ServesKind, id: link.target_id ?? '' }));
  const names = await namesOf(tenant, refs, locale, auth);
  links.forEach((link, index) => {
    const ref = refs[index]!;
    const name = names.get(referenceKey(referenceOf(ref)))?.title;
    if (name === undefined) return;
    const list = result.get(link.subject_id) ?? [];
    list.push({ ...ref, name });
    result.set(link.subject_id, list);
  });
  for (const list of result.values())
    list.sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.name.localeCompare(b.name));
  return result;
}
