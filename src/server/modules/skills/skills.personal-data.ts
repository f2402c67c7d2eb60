import type { PersonalDataContributor } from '../../core/personal-data.ts';

export const skillsPersonalData: PersonalDataContributor[] = [
  {
    name: 'skill-ratings',
    kind: 'skills',
    async export(tenant, personId) {
      const ratings = await tenant
        .selectFrom('skill_ratings')
        .innerJoin('skills', (join) =>
          join
            .onRef('skills.id', '=', 'skill_ratings.skill_id')
            .onRef('skills.organisation_id', '=', 'skill_ratings.organisation_id'),
        )
        .select([
          'skills.name_nl as skillNl',
          'skills.name_en as skillEn',
          'skill_ratings.source',
          'skill_ratings.level',
          'skill_ratings.note',
          'skill_ratings.evidence_kind as evidenceKind',
          'skill_ratings.rated_on as ratedOn',
        ])
        .where('skill_ratings.person_id', '=', personId)
        .orderBy('skill_ratings.rated_on')
        .execute();
      // Ratings the person gave others: only the level and the day, the colleague as an id.
      const given = await tenant
        .selectFrom('skill_ratings')
        .select([
          'person_id as colleagueId',
          'skill_id as skillId',
          'source',
          'level',
          'note',
          'rated_on as ratedOn',
        ])
        .where('rater_id', '=', personId)
        .where('person_id', '<>', personId)
        .execute();
      return [
        { name: 'skill-ratings', rows: ratings },
        { name: 'skill-ratings-given', rows: given },
      ];
    },
    async erase(tenant, personId) {
      const notes = await tenant
        .updateTable('skill_ratings')
        .set({ note: null })
        .where((eb) => eb.or([eb('person_id', '=', personId), eb('rater_id', '=', personId)]))
        .executeTakeFirst();
      return Number(notes.numUpdatedRows);
    },
  },
];
