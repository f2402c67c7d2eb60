import type { PersonalDataContributor } from '../../core/personal-data.ts';
import { forgetKnowledge } from './knowledge.cache.ts';
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
    // The feed's shared page named them: it is forgotten (within the erasure's transaction, so at worst
    // a copy loaded before its commit stays for the few seconds of its TTL).
    async erase(tenant, personId) {
      const anonymised = await anonymisePostsOf(tenant, personId);
      forgetKnowledge(tenant.organisationId);
      return anonymised;
    },
  },
  {
    name: 'ambassador-profile',
    kind: 'social',
    async export(tenant, personId) {
      const profile = await tenant
        .selectFrom('ambassador_profiles')
        .select([
          'headline',
          'helps_with as helpsWith',
          'skill_ids as topicSkillIds',
          'updated_at as updatedAt',
        ])
        .where('person_id', '=', personId)
        .execute();
      const openness = await tenant
        .selectFrom('knowledge_learning_openness')
        .select(['is_open_to_team as isOpenToTeam', 'updated_at as updatedAt'])
        .where('person_id', '=', personId)
        .execute();
      return [
        { name: 'ambassador-profile', rows: profile },
        { name: 'learning-openness', rows: openness },
      ];
    },
    // A profile describes the person: it goes; so does their choice to learn in the open.
    async erase(tenant, personId) {
      const profiles = await tenant
        .deleteFrom('ambassador_profiles')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      const openness = await tenant
        .deleteFrom('knowledge_learning_openness')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(profiles.numDeletedRows) + Number(openness.numDeletedRows);
    },
  },
  {
    name: 'collections',
    kind: 'social',
    async export(tenant, personId) {
      const collections = await tenant
        .selectFrom('knowledge_collections')
        .select(['id', 'title', 'description', 'space_id as spaceId', 'created_at as createdAt'])
        .where('curator_id', '=', personId)
        .execute();
      const entries = collections.length
        ? await tenant
            .selectFrom('knowledge_collection_entries')
            .select([
              'collection_id as collectionId',
              'position',
              'entry_kind as kind',
              'entry_id as entryId',
              'note',
            ])
            .where(
              'collection_id',
              'in',
              collections.map((collection) => collection.id),
            )
            .orderBy('collection_id')
            .orderBy('position')
            .execute()
        : [];
      return [
        { name: 'collections', rows: collections },
        { name: 'collection-entries', rows: entries },
      ];
    },
    // Like posts, collections keep helping colleagues after the curator left: they stay, without them.
    async erase(tenant, personId) {
      const result = await tenant
        .updateTable('knowledge_collections')
        .set({ curator_id: null })
        .where('curator_id', '=', personId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  },
];
