import type { Sco, ScormVersion } from '../import/manifest.types.ts';
import type { CmiValues } from './cmi-values.ts';

// The standard's rules from a SCO's CMI data to completion and success.
// SCORM 1.2: cmi.core.lesson_status (passed and failed both mean the SCO was completed); with a mastery
// score and a raw score the LMS decides passed/failed itself (RTE 3.4.4, cmi.student_data.mastery_score).
// SCORM 2004: completion_status and success_status, except that a completion threshold decides
// completion from progress_measure (RTE 4.2.4.1) and a scaled passing score decides success from
// score.scaled (RTE 4.2.22); with a passing score but no scaled score, success is unknown.

export type Completion = 'not_attempted' | 'incomplete' | 'completed';
export type Success = 'unknown' | 'passed' | 'failed';
export type ScoStatus = {
  completion: Completion;
  success: Success;
  scoreScaled: number | null;
  scoreRaw: number | null;
  progress: number | null;
  /** What the SCO reported for the current session, in seconds. */
  sessionSeconds: number | null;
  exit: string | null;
};

const numberOf = (value: string | undefined) => {
  if (value === undefined || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
};

/** SCORM 1.2 CMITimespan (HHHH:MM:SS.SS) or SCORM 2004 ISO 8601 duration, in seconds. */
export function secondsOf(value: string | undefined): number | null {
  if (!value) return null;
  const timespan = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(value);
  if (timespan) return Number(timespan[1]) * 3600 + Number(timespan[2]) * 60 + Number(timespan[3]);
  const duration =
    /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!duration) return null;
  const [, years, months, days, hours, minutes, seconds] = duration.map((part) => Number(part ?? 0));
  return (
    (years ?? 0) * 365 * 86400 +
    (months ?? 0) * 30 * 86400 +
    (days ?? 0) * 86400 +
    (hours ?? 0) * 3600 +
    (minutes ?? 0) * 60 +
    (seconds ?? 0)
  );
}

/** Seconds as the version writes a time: HHHH:MM:SS.SS (1.2) or PT#H#M#S (2004). */
export function formatSeconds(version: ScormVersion, total: number): string {
  const seconds = Math.max(0, Math.round(total * 100) / 100);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = Math.round((seconds % 60) * 100) / 100;
  if (version === '1.2')
    return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${rest.toFixed(2).padStart(5, '0')}`;
  return `PT${hours}H${minutes}M${rest}S`;
}

function status12(cmi: CmiValues, sco: Sco): ScoStatus {
  const raw = numberOf(cmi['cmi.core.score.raw']);
  const min = numberOf(cmi['cmi.core.score.min']) ?? 0;
  const max = numberOf(cmi['cmi.core.score.max']) ?? 100;
  const lessonStatus = cmi['cmi.core.lesson_status'] || 'not attempted';
  let success: Success =
    lessonStatus === 'passed' ? 'passed' : lessonStatus === 'failed' ? 'failed' : 'unknown';
  let completion: Completion = ['passed', 'failed', 'completed'].includes(lessonStatus)
    ? 'completed'
    : lessonStatus === 'not attempted'
      ? 'not_attempted'
      : 'incomplete';
  const isCredit = (cmi['cmi.core.credit'] ?? 'credit') === 'credit';
  if (sco.masteryScore !== null && raw !== null && isCredit && completion !== 'not_attempted') {
    success = raw >= sco.masteryScore ? 'passed' : 'failed';
    completion = 'completed';
  }
  return {
    completion,
    success,
    scoreRaw: raw,
    scoreScaled:
      raw === null ? null : Math.max(-1, Math.min(1, max > min ? (raw - min) / (max - min) : raw / 100)),
    progress: completion === 'completed' ? 1 : null,
    sessionSeconds: secondsOf(cmi['cmi.core.session_time']),
    exit: cmi['cmi.core.exit'] ?? null,
  };
}

function status2004(cmi: CmiValues, sco: Sco): ScoStatus {
  const scaled = numberOf(cmi['cmi.score.scaled']);
  const progress = numberOf(cmi['cmi.progress_measure']);
  const reported = cmi['cmi.completion_status'] || 'not attempted';
  let completion: Completion =
    reported === 'completed' ? 'completed' : reported === 'not attempted' ? 'not_attempted' : 'incomplete';
  if (sco.completionThreshold !== null && progress !== null)
    completion = progress >= sco.completionThreshold ? 'completed' : 'incomplete';
  let success: Success = (cmi['cmi.success_status'] as Success | undefined) ?? 'unknown';
  if (!['passed', 'failed'].includes(success)) success = 'unknown';
  if (sco.scaledPassingScore !== null)
    success = scaled === null ? 'unknown' : scaled >= sco.scaledPassingScore ? 'passed' : 'failed';
  return {
    completion,
    success,
    scoreRaw: numberOf(cmi['cmi.score.raw']),
    scoreScaled: scaled === null ? null : Math.max(-1, Math.min(1, scaled)),
    progress: progress ?? (completion === 'completed' ? 1 : null),
    sessionSeconds: secondsOf(cmi['cmi.session_time']),
    exit: cmi['cmi.exit'] ?? null,
  };
}

export function scoStatusOf(version: ScormVersion, cmi: CmiValues, sco: Sco): ScoStatus {
  return version === '1.2' ? status12(cmi, sco) : status2004(cmi, sco);
}
