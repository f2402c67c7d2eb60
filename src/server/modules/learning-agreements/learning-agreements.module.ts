import { defineModule } from '../../core/module.ts';
import { agreementsForEnrolments } from './index.ts';
import { askDueFollowups } from './learning-agreement-followups.job.ts';
import { learningAgreementsPersonalData } from './learning-agreements.personal-data.ts';
import { answeredFollowupsQuery, hasAgreementForBudgetRequest } from './learning-agreements.repository.ts';
import { learningAgreementRoutes } from './learning-agreements.routes.ts';

export const learningAgreementsModule = defineModule({
  name: 'learning-agreements',
  personalData: learningAgreementsPersonalData,
  routes: learningAgreementRoutes,
  provides: { agreementsForEnrolments, answeredFollowupsQuery, hasAgreementForBudgetRequest },
  // Every morning: the follow-up questions whose day has come (30 and 90 days after learning).
  jobs: [{ name: 'learning-agreements.followups', cron: '5 6 * * *', run: askDueFollowups }],
});
