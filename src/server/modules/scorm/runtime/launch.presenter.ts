import type { launch } from './launch.service.ts';

/** Each path segment percent-encoded, the query and fragment kept as the manifest wrote them. */
function encodeLaunch(launchPath: string) {
  const cut = launchPath.search(/[?#]/);
  const path = cut === -1 ? launchPath : launchPath.slice(0, cut);
  const rest = cut === -1 ? '' : launchPath.slice(cut);
  return path.split('/').map(encodeURIComponent).join('/') + rest;
}

export function presentLaunch(
  launched: Awaited<ReturnType<typeof launch>>,
  options: { contentId: string; title: string; contentOrigin: string; contentToken: string },
) {
  const { attempt, version, sco } = launched;
  const { manifest } = version;
  const stateOf = (scoId: string) => launched.states.find((state) => state.sco_id === scoId);
  const isWeb = /^[a-z][a-z0-9+.-]*:/i.test(sco.launch);
  return {
    contentId: options.contentId,
    scormVersion: manifest.scormVersion,
    title: options.title,
    attempt: {
      id: attempt.id,
      number: attempt.number,
      isNew: launched.isNew,
      isReview: launched.isReview,
      canStartNew: launched.canStartNew,
      rule: launched.rule,
      maxAttempts: launched.maxAttempts,
      attemptsUsed: launched.attempts.filter((row) => row.closed_reason !== 'new_version').length,
    },
    result: {
      completionStatus: attempt.completion_status,
      successStatus: attempt.success_status,
      scoreScaled: attempt.score_scaled,
      progressPercent: attempt.progress_percent,
      totalSeconds: attempt.total_seconds,
      completedAt: attempt.completed_at?.toISOString() ?? null,
    },
    commitToken: launched.commitToken,
    launcherUrl: `${options.contentOrigin}/scorm-runtime/launcher.html`,
    sco: {
      id: sco.id,
      title: sco.title,
      kind: sco.kind,
      launchUrl: isWeb
        ? sco.launch
        : `${options.contentOrigin}/scorm-content/${options.contentToken}/${encodeLaunch(sco.launch)}`,
      hiddenControls: sco.hiddenControls,
    },
    cmi: launched.cmi,
    scos: manifest.scos.map((candidate) => {
      const state = stateOf(candidate.id);
      return {
        id: candidate.id,
        title: candidate.title,
        kind: candidate.kind,
        completionStatus: state?.completion_status ?? 'not_attempted',
        successStatus: state?.success_status ?? 'unknown',
        scoreScaled: state?.score_scaled ?? null,
      };
    }),
    items: manifest.items,
    navigation: manifest.navigation,
  };
}
