import { defineModule } from '../../core/module.ts';
import { runOnboardingRound } from './onboarding.job.ts';
import { onboardingPersonalData } from './onboarding.personal-data.ts';
import { onboardingRoutes } from './onboarding.routes.ts';
import './onboarding.events.ts';

/** Onboarding as a journey: templates of steps over the first weeks, assigned by rule or by hand (issue 11). */
export const onboardingModule = defineModule({
  name: 'onboarding',
  personalData: onboardingPersonalData,
  routes: onboardingRoutes,
  // Every quarter of an hour: journeys for people the rules reach, and owners told of steps now due.
  jobs: [{ name: 'onboarding.round', cron: '*/15 * * * *', run: (deps) => runOnboardingRound(deps) }],
});
