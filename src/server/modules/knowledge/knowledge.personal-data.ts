import type { PersonalDataContributor } from '../../core/personal-data.ts';
import { anonymisePostsOf } from './knowledge.repository.ts';

export const knowledgePersonalData: PersonalDataContributor[] = [
  {
    name: 'knowledge',
    kind: 'social',
    async export(tenant, personId) {
      const posts = await tenant
        .selectFrom('knowledge_posts')
        .select([
          'id',
          'kind',
          'title',
          'body_text as body',
          'link_url as linkUrl',
          'applied_text as applied',
          'language',
          'created_at as createdAt',
        ])
        .where('author_id', '=', personId)
        .execute();
      const comments = await tenant
        .selectFrom('knowledge_comments')
        .select(['post_id as postId', 'body_html as body', 'created_at as createdAt'])
        .where('author_id', '=', personId)
        .execute();
      return [
        { name: 'posts', rows: posts },
        { name: 'comments', rows: comments },
      ];
    },
    // Posts help colleagues after the author left: they stay, without the author.
    erase: (tenant, personId) => anonymisePostsOf(tenant, personId),
  },
];
