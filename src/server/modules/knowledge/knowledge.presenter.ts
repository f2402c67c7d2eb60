import { displayName } from '../people/index.ts';
import type { PostRow, SpaceRow } from './knowledge.repository.ts';

// Rows → API shapes. Names of skills and items come in as maps (looked up once per page).

type Named = { given_name: string | null; family_name_prefix: string | null; family_name: string | null };
type Prefixed<P extends string> = {
  [K in `${P}_given_name` | `${P}_family_name_prefix` | `${P}_family_name`]: string | null;
};

export function personOf<P extends string>(id: string | null, row: Prefixed<P>, prefix: P) {
  const record = row as unknown as Record<string, string | null>;
  const named: Named = {
    given_name: record[`${prefix}_given_name`] ?? null,
    family_name_prefix: record[`${prefix}_family_name_prefix`] ?? null,
    family_name: record[`${prefix}_family_name`] ?? null,
  };
  if (!id || !named.given_name) return null;
  return {
    id,
    name: displayName({ ...named, given_name: named.given_name, family_name: named.family_name ?? '' }),
  };
}

export const organisationSpaceName = { nl: 'Hele organisatie', en: 'Whole organisation' } as const;

export function spaceName(
  row: { kind: string; name: string | null; unit_name: string | null },
  locale: 'nl' | 'en',
) {
  if (row.kind === 'organisation') return organisationSpaceName[locale];
  if (row.kind === 'unit') return row.unit_name ?? row.name ?? '';
  return row.name ?? '';
}

export function presentSpace(
  row: SpaceRow,
  options: { locale: 'nl' | 'en'; skillNames: Map<string, string>; canPost: boolean },
) {
  return {
    id: row.id,
    kind: row.kind,
    name: spaceName(row, options.locale),
    description: row.description,
    orgUnitId: row.org_unit_id,
    skill: row.skill_id ? { id: row.skill_id, name: options.skillNames.get(row.skill_id) ?? '' } : null,
    posts: row.posts,
    canPost: options.canPost,
  };
}

export type Lookups = {
  locale: 'nl' | 'en';
  readerId: string;
  skillNames: Map<string, string>;
  itemTitles: Map<string, string>;
  fileNames: Map<string, string>;
};

const reactionKinds = ['like', 'thanks', 'insightful'] as const;

export function presentPost(row: PostRow, lookups: Lookups) {
  const counts = { like: 0, thanks: 0, insightful: 0 };
  for (const entry of row.reaction_counts) {
    const [kind, n] = entry.split(':');
    if (reactionKinds.includes(kind as 'like')) counts[kind as 'like'] = Number(n);
  }
  const tags = row.tags.map((tag) => {
    const [kind, id] = tag.split(':') as [string, string];
    return { kind, id };
  });
  const learned =
    row.learned_kind && row.learned_id
      ? {
          kind: row.learned_kind,
          id: row.learned_id,
          title: row.learned_title ?? lookups.itemTitles.get(row.learned_id) ?? '',
        }
      : null;
  return {
    id: row.id,
    space: {
      id: row.space_id,
      kind: row.space_kind,
      name: spaceName(
        { kind: row.space_kind, name: row.space_name, unit_name: row.unit_name },
        lookups.locale,
      ),
    },
    kind: row.kind,
    language: row.language as 'nl' | 'en',
    title: row.title,
    bodyHtml: row.body_html,
    author: personOf(row.author_id, row, 'author'),
    linkUrl: row.link_url,
    file:
      row.file_id && lookups.fileNames.has(row.file_id)
        ? { id: row.file_id, name: lookups.fileNames.get(row.file_id)!, url: `/api/v1/files/${row.file_id}` }
        : null,
    learned,
    appliedText: row.applied_text,
    skills: tags
      .filter((tag) => tag.kind === 'skill' && lookups.skillNames.has(tag.id))
      .map((tag) => ({ id: tag.id, name: lookups.skillNames.get(tag.id)! })),
    items: tags
      .filter((tag) => tag.kind !== 'skill' && tag.id !== row.learned_id && lookups.itemTitles.has(tag.id))
      .map((tag) => ({ kind: tag.kind as 'content', id: tag.id, title: lookups.itemTitles.get(tag.id)! })),
    reactions: counts,
    myReactions: row.my_reactions as ('like' | 'thanks' | 'insightful')[],
    comments: row.comments,
    hasBestAnswer: row.best_comment_id !== null,
    isSaved: row.is_saved,
    isMine: row.author_id === lookups.readerId,
    hidden:
      row.hidden_at && row.hidden_reason
        ? {
            at: row.hidden_at.toISOString(),
            reason: row.hidden_reason,
            by: personOf(row.hidden_by, row, 'hider'),
          }
        : null,
    createdAt: row.created_at.toISOString(),
  };
}
