import type { Auth } from '../access/index.ts';
import { can } from '../access/index.ts';

/** Ambassadors, L&D, HR and owners moderate: they see hidden posts and hide or restore them. */
export const canModerate = (auth: Auth) => can(auth, 'knowledge.moderate');

/**
 * Who may post in a space: anyone in the organisation space and topic spaces; in a unit's space the
 * people of that unit or a unit below it, and moderators.
 */
export const canPostIn = (
  auth: Auth,
  space: { kind: string; org_unit_id: string | null },
  unitLine: ReadonlySet<string>,
) =>
  space.kind !== 'unit' ||
  canModerate(auth) ||
  (space.org_unit_id !== null && unitLine.has(space.org_unit_id));

/** Only the asker marks the best answer to their question. */
export const canMarkBestAnswer = (personId: string, post: { kind: string; author_id: string | null }) =>
  post.kind === 'question' && post.author_id === personId;

/** The author removes their own post; moderators any post. */
export const canDelete = (auth: Auth, personId: string, post: { author_id: string | null }) =>
  post.author_id === personId || canModerate(auth);
