import type { PersonalDataContributor } from '../../core/personal-data.ts';

/**
 * The contact log (which campaign messages and nudges reached the person, opened or clicked) and the
 * nudges they switched off, and the language they chose to read messages in. The log only serves the weekly contact cap and reach figures, so erasure
 * deletes it.
 */
export const campaignsPersonalData: PersonalDataContributor[] = [
  {
    name: 'campaign-contacts',
    kind: 'social',
    async export(tenant, personId) {
      const contacts = await tenant
        .selectFrom('campaign_contacts')
        .select([
          'source',
          'campaign_id as campaignId',
          'nudge_kind as nudgeKind',
          'sent_at as sentAt',
          'opened_at as openedAt',
          'clicked_at as clickedAt',
        ])
        .where('person_id', '=', personId)
        .orderBy('sent_at')
        .execute();
      const optOuts = await tenant
        .selectFrom('nudge_opt_outs')
        .select(['nudge_kind as nudgeKind'])
        .where('person_id', '=', personId)
        .execute();
      const language = await tenant
        .selectFrom('person_content_languages')
        .select(['language', 'updated_at as chosenAt'])
        .where('person_id', '=', personId)
        .execute();
      return [
        { name: 'contacts', rows: contacts },
        { name: 'nudge-opt-outs', rows: optOuts },
        { name: 'content-language', rows: language },
      ];
    },
    async erase(tenant, personId) {
      const contacts = await tenant
        .deleteFrom('campaign_contacts')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      const optOuts = await tenant
        .deleteFrom('nudge_opt_outs')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      const language = await tenant
        .deleteFrom('person_content_languages')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return (
        Number(contacts.numDeletedRows) + Number(optOuts.numDeletedRows) + Number(language.numDeletedRows)
      );
    },
  },
];
