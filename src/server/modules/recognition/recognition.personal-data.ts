import type { PersonalDataContributor } from '../../core/personal-data.ts';
import { forgetRecognition } from './recognition.cache.ts';

const erased = '[verwijderd]';

export const recognitionPersonalData: PersonalDataContributor[] = [
  {
    name: 'recognition',
    kind: 'social',
    async export(tenant, personId) {
      const kudos = await tenant
        .selectFrom('kudos')
        .select([
          'giver_id as giverId',
          'receiver_id as receiverId',
          'message',
          'value_id as valueId',
          'skill_id as skillId',
          'created_at as createdAt',
        ])
        .where((eb) => eb.or([eb('giver_id', '=', personId), eb('receiver_id', '=', personId)]))
        .orderBy('created_at')
        .execute();
      const celebrations = await tenant
        .selectFrom('celebrations')
        .select(['kind', 'title', 'shared_at as sharedAt', 'created_at as createdAt'])
        .where('person_id', '=', personId)
        .execute();
      const badges = await tenant
        .selectFrom('badge_awards')
        .innerJoin('badges', (join) =>
          join
            .onRef('badges.id', '=', 'badge_awards.badge_id')
            .onRef('badges.organisation_id', '=', 'badge_awards.organisation_id'),
        )
        .select([
          'badges.name as badge',
          'badge_awards.reason',
          'badge_awards.awarded_at as awardedAt',
          'badge_awards.revoked_at as revokedAt',
          'badge_awards.revocation_reason as revocationReason',
        ])
        .where('badge_awards.person_id', '=', personId)
        .execute();
      const points = await tenant
        .selectFrom('points_ledger')
        .select(['action', 'points', 'on_date as onDate'])
        .where('person_id', '=', personId)
        .execute();
      return [
        {
          name: 'kudos',
          rows: kudos.map(({ giverId, receiverId, ...rest }) => ({
            direction: giverId === personId ? 'given' : 'received',
            colleagueId: giverId === personId ? receiverId : giverId,
            ...rest,
          })),
        },
        { name: 'celebrations', rows: celebrations },
        { name: 'badges', rows: badges },
        { name: 'points', rows: points },
      ];
    },
    async erase(tenant, personId) {
      const kudos = await tenant
        .updateTable('kudos')
        .set({ message: erased })
        .where((eb) => eb.or([eb('giver_id', '=', personId), eb('receiver_id', '=', personId)]))
        .executeTakeFirst();
      const celebrations = await tenant
        .updateTable('celebrations')
        .set({ title: erased, shared_at: null })
        .where('person_id', '=', personId)
        .executeTakeFirst();
      // The boards named them (inside the erasure's transaction: a copy loaded before it commits lasts its TTL).
      forgetRecognition(tenant.organisationId);
      return Number(kudos.numUpdatedRows) + Number(celebrations.numUpdatedRows);
    },
  },
];
