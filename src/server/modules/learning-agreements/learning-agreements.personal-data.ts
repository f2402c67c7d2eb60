import type { PersonalDataContributor } from '../../core/personal-data.ts';

const erased = '[verwijderd]';

/**
 * The person's learning agreements (how they will apply what they learn, buddy or mentor) and their
 * answers to the 30/60/90-day follow-ups. Erasure keeps the agreement (budget-funded learning is
 * accounted for) without their words.
 */
export const learningAgreementsPersonalData: PersonalDataContributor[] = [
  {
    name: 'learning-agreements',
    kind: 'development',
    async export(tenant, personId) {
      const agreements = await tenant
        .selectFrom('learning_agreements')
        .select([
          'id',
          'title',
          'application',
          'starts_on as startsOn',
          'is_willing_buddy as isWillingBuddy',
          'is_willing_mentor as isWillingMentor',
          'manager_agreed_at as managerAgreedAt',
          'manager_agreed_by as managerId',
          'budget_request_id as budgetRequestId',
          'goal_id as goalId',
          'created_at as createdAt',
        ])
        .where('person_id', '=', personId)
        .orderBy('created_at')
        .execute();
      const ids = agreements.map((agreement) => agreement.id);
      const followups = ids.length
        ? await tenant
            .selectFrom('learning_agreement_followups')
            .select([
              'agreement_id as agreementId',
              'day',
              'due_on as dueOn',
              'asked_at as askedAt',
              'answer',
              'answered_at as answeredAt',
            ])
            .where('agreement_id', 'in', ids)
            .orderBy('due_on')
            .execute()
        : [];
      return [
        { name: 'learning-agreements', rows: agreements },
        { name: 'learning-agreement-followups', rows: followups },
      ];
    },
    async erase(tenant, personId) {
      const mine = tenant.selectFrom('learning_agreements').select('id').where('person_id', '=', personId);
      const followups = await tenant
        .updateTable('learning_agreement_followups')
        .set({ answer: erased })
        .where('agreement_id', 'in', mine)
        .where('answer', 'is not', null)
        .executeTakeFirst();
      const agreements = await tenant
        .updateTable('learning_agreements')
        .set({ application: erased })
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(followups.numUpdatedRows) + Number(agreements.numUpdatedRows);
    },
  },
];
