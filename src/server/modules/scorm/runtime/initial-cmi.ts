import type { Sco, ScormVersion } from '../import/manifest.types.ts';
import type { CmiValues } from './cmi-values.ts';
import { formatSeconds } from './sco-status.ts';

// The CMI data a SCO starts a session with (loaded into scorm-again before Initialize): who the learner
// is, how the session starts (entry), the rules from the manifest, and — when it resumes — everything it
// stored last time. A SCORM 2004 SCO that ended its last session without "suspend" starts a new
// learner attempt with fresh data (RTE 4.2.8); SCORM 1.2 keeps its data, as LMSs do.

export type Entry = 'resume' | 'ab-initio' | '';
export type SessionStart = {
  learnerId: string;
  learnerName: string;
  entry: Entry;
  isReview: boolean;
  totalSeconds: number;
  stored: CmiValues;
};

/** Elements the LMS sets or the SCO only writes: never loaded from what was stored. */
const notLoaded =
  /(\._children|\._count|\._version|session_time|\.exit|\.entry|\.credit|\.mode|total_time|lesson_mode|student_id|student_name|learner_id|learner_name|launch_data|mastery_score|max_time_allowed|time_limit_action|scaled_passing_score|completion_threshold|adl\.nav\..*)$/;

/** What a resumed SCO gets back: its own data, without empty values (defaults; some refuse ""). */
const kept = (stored: CmiValues) =>
  Object.fromEntries(
    Object.entries(stored).filter(([element, value]) => value !== '' && !notLoaded.test(element)),
  );

export function initialCmi(version: ScormVersion, sco: Sco, session: SessionStart): CmiValues {
  const set = (entries: [string, string | number | null][]) =>
    Object.fromEntries(
      entries.filter(([, value]) => value !== null).map(([key, value]) => [key, String(value)]),
    );
  if (version === '1.2') {
    // 1.2 interactions are write-only: a SCO cannot read them back, so they are not loaded either.
    const stored = Object.fromEntries(
      Object.entries(kept(session.stored)).filter(([element]) => !element.startsWith('cmi.interactions.')),
    );
    return {
      ...stored,
      ...set([
        ['cmi.core.student_id', session.learnerId],
        ['cmi.core.student_name', session.learnerName],
        ['cmi.core.entry', session.entry],
        ['cmi.core.credit', session.isReview ? 'no-credit' : 'credit'],
        ['cmi.core.lesson_mode', session.isReview ? 'review' : 'normal'],
        ['cmi.core.total_time', formatSeconds('1.2', session.totalSeconds)],
        ['cmi.launch_data', sco.launchData],
        ['cmi.student_data.mastery_score', sco.masteryScore],
        ['cmi.student_data.max_time_allowed', sco.maxTimeAllowed],
        ['cmi.student_data.time_limit_action', sco.timeLimitAction],
      ]),
    };
  }
  const stored = session.entry === 'resume' || session.isReview ? kept(session.stored) : {};
  return {
    ...stored,
    ...set([
      ['cmi.learner_id', session.learnerId],
      ['cmi.learner_name', session.learnerName],
      ['cmi.entry', session.entry],
      ['cmi.credit', session.isReview ? 'no-credit' : 'credit'],
      ['cmi.mode', session.isReview ? 'review' : 'normal'],
      ['cmi.total_time', formatSeconds('2004', session.totalSeconds)],
      ['cmi.launch_data', sco.launchData],
      ['cmi.scaled_passing_score', sco.scaledPassingScore],
      ['cmi.completion_threshold', sco.completionThreshold],
      ['cmi.max_time_allowed', sco.maxTimeAllowed],
      ['cmi.time_limit_action', sco.timeLimitAction],
    ]),
  };
}
