import { describe, expect, it } from 'vitest';
import { type AttemptSummary, chooseAttempt } from './attempt-rules.ts';

const attempt = (number: number, overrides: Partial<AttemptSummary> = {}): AttemptSummary => ({
  id: `a${number}`,
  number,
  isFinished: false,
  hasStarted: true,
  closedReason: null,
  ...overrides,
});

describe('attempt rules', () => {
  it('starts the first attempt, and resumes an unfinished one under every rule', () => {
    for (const rule of ['resume', 'new_after_completion', 'limited'] as const) {
      expect(chooseAttempt({ rule, maxAttempts: 2, attempts: [], wantsNew: false })).toEqual({
        action: 'new',
        close: null,
      });
      expect(chooseAttempt({ rule, maxAttempts: 2, attempts: [attempt(1)], wantsNew: false })).toMatchObject({
        action: 'resume',
        attempt: { id: 'a1' },
      });
    }
  });

  it('always resumes under "resume", even when finished, and refuses a new attempt', () => {
    const finished = [attempt(1, { isFinished: true })];
    expect(
      chooseAttempt({ rule: 'resume', maxAttempts: null, attempts: finished, wantsNew: false }).action,
    ).toBe('resume');
    expect(
      chooseAttempt({ rule: 'resume', maxAttempts: null, attempts: finished, wantsNew: true }).action,
    ).toBe('refuse');
  });

  it('opens a new attempt after a finished one, closing it', () => {
    const choice = chooseAttempt({
      rule: 'new_after_completion',
      maxAttempts: null,
      attempts: [attempt(1, { isFinished: true })],
      wantsNew: false,
    });
    expect(choice).toEqual({ action: 'new', close: expect.objectContaining({ id: 'a1' }) });
  });

  it('limits attempts, then lets the learner review the last; restarts for a new version do not count', () => {
    const used = [
      attempt(2, { isFinished: true }),
      attempt(1, { isFinished: true, closedReason: 'new_attempt' }),
    ];
    expect(chooseAttempt({ rule: 'limited', maxAttempts: 2, attempts: used, wantsNew: false })).toMatchObject(
      {
        action: 'review',
        attempt: { id: 'a2' },
      },
    );
    expect(chooseAttempt({ rule: 'limited', maxAttempts: 2, attempts: used, wantsNew: true }).action).toBe(
      'refuse',
    );
    const restarted = [attempt(2), attempt(1, { closedReason: 'new_version' })];
    expect(
      chooseAttempt({ rule: 'limited', maxAttempts: 1, attempts: restarted, wantsNew: false }).action,
    ).toBe('resume');
  });

  it('does not spend an attempt on "start again" before anything happened', () => {
    const choice = chooseAttempt({
      rule: 'new_after_completion',
      maxAttempts: null,
      attempts: [attempt(1, { hasStarted: false })],
      wantsNew: true,
    });
    expect(choice.action).toBe('resume');
  });
});
