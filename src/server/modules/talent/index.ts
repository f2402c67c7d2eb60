// Talent reviews are reached over HTTP; the demo and the benchmark use the services directly.
export { decideProposal, signOff } from './talent.outcomes.ts';
export { moveReview, openRound, saveReview, saveSettings } from './talent.service.ts';
