// SCORM 2004 navigation requests that end more than the SCO (adl.nav.request, set before Terminate):
// - suspendAll: the attempt pauses where it is; the SCO's data and suspend_data are kept and the next
//   launch resumes this SCO with cmi.entry "resume", even if the SCO did not set cmi.exit "suspend";
// - exitAll: the attempt ends with what it holds (results count); the next launch follows the attempt
//   rule (a new attempt, or review when the limit is reached);
// - abandon: this SCO's data in the attempt is thrown away (the SCO starts afresh next time);
// - abandonAll: the whole attempt's data is thrown away and the attempt ends (it still counts as an
//   attempt under a limit). Progress Groeipad recorded before stays: a record is not taken back.
// continue, previous and choice/jump move between SCOs in the player (scorm-player.tsx).

export type NavEnding = 'suspend_all' | 'exit_all' | 'abandon' | 'abandon_all';

const endings: Record<string, NavEnding> = {
  suspendAll: 'suspend_all',
  exitAll: 'exit_all',
  abandon: 'abandon',
  abandonAll: 'abandon_all',
};

/** The ending a Terminate asks for; a request on a commit that is not a Terminate does nothing. */
export function endingOf(navRequest: string | undefined, isTerminated: boolean): NavEnding | null {
  if (!isTerminated || !navRequest) return null;
  return endings[navRequest] ?? null;
}
