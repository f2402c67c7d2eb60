import type { PersonalDataContributor } from '../../core/personal-data.ts';

/**
 * SCORM attempts with what the package stored per SCO (the run-time data, which holds the
 * learner's own name) and the answers given to its interactions. Attempts stay on the anonymised
 * person (completion figures); the run-time data and the answers go.
 */
export const scormPersonalData: PersonalDataContributor[] = [
  {
    name: 'scorm',
    kind: 'learning',
    async export(tenant, personId) {
      const attempts = await tenant
        .selectFrom('scorm_attempts')
        .select([
          'id',
          'content_id as contentId',
          'number',
          'started_at as startedAt',
          'completion_status as completionStatus',
          'success_status as successStatus',
          'score_scaled as scoreScaled',
          'progress_percent as progressPercent',
          'total_seconds as totalSeconds',
          'completed_at as completedAt',
          'closed_at as closedAt',
        ])
        .where('person_id', '=', personId)
        .orderBy('started_at')
        .execute();
      const ids = attempts.map((attempt) => attempt.id);
      const states = ids.length
        ? await tenant
            .selectFrom('scorm_sco_states')
            .select([
              'attempt_id as attemptId',
              'sco_id as scoId',
              'completion_status as completionStatus',
              'success_status as successStatus',
              'score_raw as scoreRaw',
              'total_seconds as totalSeconds',
              'cmi',
              'updated_at as updatedAt',
            ])
            .where('attempt_id', 'in', ids)
            .execute()
        : [];
      const interactions = ids.length
        ? await tenant
            .selectFrom('scorm_interactions')
            .select([
              'attempt_id as attemptId',
              'sco_id as scoId',
              'interaction_id as interactionId',
              'type',
              'description',
              'learner_response as learnerResponse',
              'result',
              'recorded_at as recordedAt',
            ])
            .where('attempt_id', 'in', ids)
            .orderBy('position')
            .execute()
        : [];
      return [
        { name: 'scorm-attempts', rows: attempts },
        {
          name: 'scorm-sco-states',
          rows: states.map((state) => ({ ...state, cmi: JSON.stringify(state.cmi) })),
        },
        { name: 'scorm-interactions', rows: interactions },
      ];
    },
    async erase(tenant, personId) {
      const mine = tenant.selectFrom('scorm_attempts').select('id').where('person_id', '=', personId);
      const states = await tenant
        .updateTable('scorm_sco_states')
        .set({ cmi: '{}' })
        .where('attempt_id', 'in', mine)
        .executeTakeFirst();
      const answers = await tenant
        .updateTable('scorm_interactions')
        .set({ learner_response: null })
        .where('attempt_id', 'in', mine)
        .where('learner_response', 'is not', null)
        .executeTakeFirst();
      // A commit's fast path remembers CMI data: the revision tells it that it is gone.
      await tenant
        .updateTable('scorm_attempts')
        .set((eb) => ({ revision: eb('scorm_attempts.revision', '+', 1) }))
        .where('person_id', '=', personId)
        .execute();
      return Number(states.numUpdatedRows) + Number(answers.numUpdatedRows);
    },
  },
];
