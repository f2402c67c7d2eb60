// L&D's rule for attempts, applied when a learner opens a package:
// - resume: one attempt, always resumed (a new version with "restart" is the only fresh start);
// - new_after_completion: a finished attempt (completed, passed or failed) is followed by a new one;
// - limited: like new_after_completion up to `maxAttempts`; after the last one the learner reviews it.
// Attempts closed because L&D restarted everyone on a new version do not count against the limit; an
// attempt the package ended (exitAll) or threw away (abandonAll) does. Review opens the newest attempt
// that still holds data.

export type AttemptRule = 'resume' | 'new_after_completion' | 'limited';
export type AttemptSummary = {
  id: string;
  number: number;
  isFinished: boolean;
  hasStarted: boolean;
  closedReason: 'new_attempt' | 'new_version' | 'exited' | 'abandoned' | null;
};
export type AttemptChoice =
  | { action: 'resume'; attempt: AttemptSummary }
  | { action: 'new'; close: AttemptSummary | null }
  | { action: 'review'; attempt: AttemptSummary }
  | { action: 'refuse'; reason: string };

/** `attempts` newest first. */
export function chooseAttempt(options: {
  rule: AttemptRule;
  maxAttempts: number | null;
  attempts: AttemptSummary[];
  wantsNew: boolean;
}): AttemptChoice {
  const { rule, attempts } = options;
  const counted = attempts.filter((attempt) => attempt.closedReason !== 'new_version').length;
  const hasAttemptsLeft = rule !== 'limited' || counted < (options.maxAttempts ?? 1);
  const open = attempts.find((attempt) => attempt.closedReason === null);
  const latest = attempts.find((attempt) => attempt.closedReason !== 'abandoned') ?? attempts[0];
  if (!open) {
    if (!hasAttemptsLeft && latest) return { action: 'review', attempt: latest };
    return { action: 'new', close: null };
  }
  if (options.wantsNew) {
    if (rule === 'resume')
      return { action: 'refuse', reason: 'This package always resumes the same attempt.' };
    if (!hasAttemptsLeft)
      return { action: 'refuse', reason: `All ${options.maxAttempts} attempts are used.` };
    return open.hasStarted ? { action: 'new', close: open } : { action: 'resume', attempt: open };
  }
  if (open.isFinished && rule !== 'resume')
    return hasAttemptsLeft ? { action: 'new', close: open } : { action: 'review', attempt: open };
  return { action: 'resume', attempt: open };
}

/** Whether the learner may start a new attempt now (the player's "start again" button). */
export function canStartNew(options: {
  rule: AttemptRule;
  maxAttempts: number | null;
  attempts: AttemptSummary[];
}) {
  const counted = options.attempts.filter((attempt) => attempt.closedReason !== 'new_version').length;
  return options.rule !== 'resume' && (options.rule !== 'limited' || counted < (options.maxAttempts ?? 1));
}
