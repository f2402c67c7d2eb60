import { useLearnerCourse, useLearnerPath } from './learning-api.ts';
import type { PlayerFrom } from './player-context.ts';

/** One stop in a course or path, in the order the learner meets it. */
export type Stop = {
  kind: 'content' | 'course';
  id: string;
  title: string;
  format: string;
  group: string | null;
  percent: number;
  isDone: boolean;
  isLocked: boolean;
  minutes: number | null;
};

export type Sequence = {
  type: 'course' | 'path';
  id: string;
  title: string;
  stops: Stop[];
  doneCount: number;
  isEnrolled: boolean;
  enrolmentId: string | null;
  hasAgreement: boolean;
  certificateId: string | null;
};

/** The outline of the course or path an item was opened from, with my progress on each stop. */
export function useSequence(from: PlayerFrom): { sequence: Sequence | null; isPending: boolean } {
  const course = useLearnerCourse(from.course ?? '', { enabled: !!from.course });
  const path = useLearnerPath(from.path ?? '', { enabled: !!from.path && !from.course });
  if (from.course) {
    if (!course.data) return { sequence: null, isPending: course.isPending };
    const { course: c, progress, lock } = course.data;
    const byId = new Map(progress.modules.map((m) => [m.contentId, m]));
    const stops = c.sections.flatMap((section) =>
      section.modules.map(
        (m): Stop => ({
          kind: 'content',
          id: m.contentId,
          title: m.title,
          format: m.kind,
          group: c.sections.length > 1 ? section.title : null,
          percent: byId.get(m.contentId)?.percent ?? 0,
          isDone: byId.get(m.contentId)?.isCompleted ?? false,
          isLocked: !!lock,
          minutes: m.durationMinutes,
        }),
      ),
    );
    return { sequence: finish('course', c.id, c.title, stops, progress), isPending: false };
  }
  if (from.path) {
    if (!path.data) return { sequence: null, isPending: path.isPending };
    const { path: p, progress, courseShares, locks } = path.data;
    const byId = new Map(progress.modules.map((m) => [m.contentId, m]));
    const stops = p.steps.map(
      (step): Stop =>
        step.kind === 'course'
          ? {
              kind: 'course',
              id: step.id,
              title: step.title,
              format: 'course',
              group: null,
              percent: courseShares[step.id] ?? 0,
              isDone: courseShares[step.id] === 100,
              isLocked: !!locks[step.id],
              minutes: null,
            }
          : {
              kind: 'content',
              id: step.id,
              title: step.title,
              format: step.format,
              group: null,
              percent: byId.get(step.id)?.percent ?? 0,
              isDone: byId.get(step.id)?.isCompleted ?? false,
              isLocked: !!locks[step.id],
              minutes: step.durationMinutes,
            },
    );
    return { sequence: finish('path', p.id, p.title, stops, progress), isPending: false };
  }
  return { sequence: null, isPending: false };
}

function finish(
  type: 'course' | 'path',
  id: string,
  title: string,
  stops: Stop[],
  progress: { enrolment: { id: string; agreement: unknown } | null; certificateId: string | null },
): Sequence {
  return {
    type,
    id,
    title,
    stops,
    doneCount: stops.filter((s) => s.isDone).length,
    isEnrolled: !!progress.enrolment,
    enrolmentId: progress.enrolment?.id ?? null,
    hasAgreement: !!progress.enrolment?.agreement,
    certificateId: progress.certificateId,
  };
}

/** Where to start or continue: the first stop not done and not locked, else the first stop. */
export function nextStop(stops: Stop[]): Stop | null {
  return stops.find((s) => !s.isDone && !s.isLocked) ?? stops.find((s) => !s.isDone) ?? null;
}
