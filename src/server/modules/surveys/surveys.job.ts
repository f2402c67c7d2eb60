import { runChange } from '../../core/change.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { organisationContextOf } from '../organisations/index.ts';
import { dueSurveys, organisationsWithDueSurveys } from './surveys.repository.ts';
import { openSurvey } from './surveys.service.ts';

/** The job: scheduled surveys whose time has come open (and invite); open ones past their end close. */
export async function runSurveySchedule(deps: ModuleDeps, now = new Date()) {
  let opened = 0;
  let closed = 0;
  for (const organisationId of await organisationsWithDueSurveys(deps.db, now)) {
    const ctx = await organisationContextOf(deps, organisationId, now);
    await runChange(ctx, async (tx) => {
      for (const survey of await dueSurveys(tx.db, now)) {
        if (survey.status === 'scheduled') {
          const invited = await openSurvey(tx, survey, deps.config.baseUrl);
          tx.record({ action: 'survey.opened', subjectId: survey.id, changes: { invited } });
          opened += 1;
        } else {
          await tx.db
            .updateTable('surveys')
            .set({ status: 'closed', closed_at: now })
            .where('id', '=', survey.id)
            .execute();
          tx.record({ action: 'survey.closed', subjectId: survey.id });
          closed += 1;
        }
      }
    });
  }
  return { opened, closed };
}
