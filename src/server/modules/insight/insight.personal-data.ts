import type { PersonalDataContributor } from '../../core/personal-data.ts';

/**
 * The monthly report by mail: which months were mailed to the person, and whether they switched it off.
 * The dashboards' summary tables count learning the learning modules export themselves.
 */
export const insightPersonalData: PersonalDataContributor[] = [
  {
    name: 'report-mail',
    kind: 'profile',
    async export(tenant, personId) {
      const months = await tenant
        .selectFrom('insight_report_mails')
        .select(['month', 'sent_at as sentAt'])
        .where('person_id', '=', personId)
        .orderBy('month')
        .execute();
      const optOut = await tenant
        .selectFrom('insight_report_opt_outs')
        .select(['created_at as switchedOffAt'])
        .where('person_id', '=', personId)
        .execute();
      return [
        { name: 'monthly-report-mails', rows: months },
        { name: 'monthly-report-opt-out', rows: optOut },
      ];
    },
    async erase(tenant, personId) {
      const months = await tenant
        .deleteFrom('insight_report_mails')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      const optOut = await tenant
        .deleteFrom('insight_report_opt_outs')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(months.numDeletedRows) + Number(optOut.numDeletedRows);
    },
  },
];
