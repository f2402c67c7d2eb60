import type { PersonalDataContributor } from '../../core/personal-data.ts';

const erased = '[verwijderd]';

/** Enrolments and progress stay for the organisation's reports (the person behind them is anonymised). */
export const cataloguePersonalData: PersonalDataContributor[] = [
  {
    name: 'learning',
    kind: 'learning',
    async export(tenant, personId) {
      const enrolments = await tenant
        .selectFrom('enrolments')
        .select([
          'subject_kind as kind',
          'subject_id as subjectId',
          'source',
          'enrolled_at as enrolledAt',
          'due_date as dueDate',
          'last_activity_at as lastActivityAt',
          'completed_at as completedAt',
        ])
        .where('person_id', '=', personId)
        .execute();
      const progress = await tenant
        .selectFrom('content_progress')
        .select([
          'content_id as contentId',
          'percent',
          'started_at as startedAt',
          'completed_at as completedAt',
        ])
        .where('person_id', '=', personId)
        .execute();
      const certificates = await tenant
        .selectFrom('certificates')
        .select([
          'title',
          'recipient_name as recipientName',
          'subject_kind as kind',
          'verification_code as verificationCode',
          'issued_at as issuedAt',
        ])
        .where('person_id', '=', personId)
        .execute();
      const quizAttempts = await tenant
        .selectFrom('quiz_attempts')
        .select(['content_id as contentId', 'score', 'passed', 'submitted_at as submittedAt'])
        .where('person_id', '=', personId)
        .execute();
      const assignments = await tenant
        .selectFrom('assignment_submissions')
        .select([
          'content_id as contentId',
          'reflection',
          'submitted_at as submittedAt',
          'confirmed_at as confirmedAt',
        ])
        .where('person_id', '=', personId)
        .execute();
      return [
        { name: 'enrolments', rows: enrolments },
        { name: 'progress', rows: progress },
        { name: 'certificates', rows: certificates },
        { name: 'quiz-attempts', rows: quizAttempts },
        { name: 'assignments', rows: assignments },
      ];
    },
    async erase(tenant, personId) {
      // A certificate carries the name it was issued to; verifying it afterwards shows no one.
      const certificates = await tenant
        .updateTable('certificates')
        .set({ recipient_name: erased })
        .where('person_id', '=', personId)
        .executeTakeFirst();
      const assignments = await tenant
        .updateTable('assignment_submissions')
        .set({ reflection: erased })
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(certificates.numUpdatedRows) + Number(assignments.numUpdatedRows);
    },
  },
];
