// Onboarding is reached over HTTP; the demo and tests start its round.
export { runOnboardingRound } from './onboarding.job.ts';
export { assignJourney, createTemplate, tickStep } from './onboarding.service.ts';
