import type { Sco } from '../import/manifest.types.ts';
import type { Completion, Success } from './sco-status.ts';

// From the SCOs of an attempt to the attempt (and so the catalogue item): completed when every
// launchable item is; failed when any SCO failed, passed when one passed and none failed; the score is
// the mean of the scaled scores reported; time adds up. Done for Groeipad: completed and not failed
// (a single SCO that passed counts as done even if it never said "completed").

export type ScoState = {
  scoId: string;
  completion: Completion;
  success: Success;
  scoreScaled: number | null;
  progress: number | null;
  seconds: number;
};
export type AttemptResult = {
  completion: Completion;
  success: Success;
  scoreScaled: number | null;
  progressPercent: number;
  totalSeconds: number;
  isDone: boolean;
};

export function rollUp(scos: Sco[], states: ScoState[]): AttemptResult {
  const byId = new Map(states.map((state) => [state.scoId, state]));
  const mine = scos.map((sco) => byId.get(sco.id));
  const completed = mine.filter((state) => state?.completion === 'completed').length;
  const completion: Completion =
    scos.length > 0 && completed === scos.length
      ? 'completed'
      : mine.some((state) => state && state.completion !== 'not_attempted')
        ? 'incomplete'
        : 'not_attempted';
  const successes = states.map((state) => state.success);
  const success: Success = successes.includes('failed')
    ? 'failed'
    : successes.includes('passed')
      ? 'passed'
      : 'unknown';
  const scores = states.map((state) => state.scoreScaled).filter((score): score is number => score !== null);
  const single = mine[0];
  const progress =
    scos.length === 1
      ? completion === 'completed'
        ? 1
        : (single?.progress ?? 0)
      : completed / Math.max(1, scos.length);
  return {
    completion,
    success,
    scoreScaled: scores.length ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null,
    progressPercent: Math.round(Math.max(0, Math.min(1, progress)) * 100),
    totalSeconds: states.reduce((sum, state) => sum + state.seconds, 0),
    isDone:
      success !== 'failed' && (completion === 'completed' || (success === 'passed' && scos.length === 1)),
  };
}
