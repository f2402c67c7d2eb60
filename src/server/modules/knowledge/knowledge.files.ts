import { registerFileGuard } from '../files/index.ts';
import { canModerate } from './knowledge.policy.ts';

/**
 * A hidden post takes its attachment with it: the file is refused to everyone but moderators and the
 * author, as the post is. A file also attached to a visible post, or to no post, is not our concern.
 */
registerFileGuard(async (tenant, auth, fileId) => {
  if (canModerate(auth)) return true;
  const posts = await tenant
    .selectFrom('knowledge_posts')
    .select(['hidden_at', 'author_id'])
    .where('file_id', '=', fileId)
    .execute();
  const readerId = auth.kind === 'person' ? auth.personId : null;
  return !posts.length || posts.some((post) => post.hidden_at === null || post.author_id === readerId);
});
