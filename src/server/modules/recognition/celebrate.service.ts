import type { OrgContext } from '../../core/context.ts';
import { evaluateBadges } from './badges.service.ts';
import { recognitionChange } from './recognition.cache.ts';
import { notifyTeamStep } from './recognition.notify.ts';
import {
  addPoints,
  type CelebrationKind,
  findPersonBasic,
  hasCelebrated,
  insertCelebration,
  markAsEvent,
} from './recognition.repository.ts';
import type { PointAction } from './recognition.rules.ts';

/** A celebration in words (the manager's bell; the web app has its own words for each kind). */
export const stepInWords: Record<CelebrationKind, Record<'nl' | 'en', (title: string) => string>> = {
  content: { nl: (t) => `rondde "${t}" af`, en: (t) => `finished "${t}"` },
  course: { nl: (t) => `rondde de cursus "${t}" af`, en: (t) => `finished the course "${t}"` },
  path: { nl: (t) => `rondde het leerpad "${t}" af`, en: (t) => `finished the learning path "${t}"` },
  plan_goal: { nl: (t) => `bereikte het doel "${t}"`, en: (t) => `achieved the goal "${t}"` },
  applied: { nl: (t) => `paste "${t}" toe in het werk`, en: (t) => `applied "${t}" at work` },
  first_step: { nl: (t) => `zette een eerste stap: "${t}"`, en: (t) => `took a first step: "${t}"` },
  badge: { nl: (t) => `verdiende de badge "${t}"`, en: (t) => `earned the badge "${t}"` },
  event: { nl: (t) => `was bij "${t}"`, en: (t) => `attended "${t}"` },
};

// Steps big enough to prompt the manager (a single module would be noise).
const promptsManager: ReadonlySet<CelebrationKind> = new Set([
  'course',
  'path',
  'plan_goal',
  'applied',
  'first_step',
]);

type Step = { kind: CelebrationKind; subjectId: string; title: string; points?: PointAction };

/**
 * Steps a person took, told by other modules after their change committed: each becomes a private
 * celebration (the person may share it), earns capped points, prompts the manager for the bigger
 * steps, and badge criteria are checked. The very first item a person finishes is their first step.
 */
export async function celebrate(ctx: OrgContext, personId: string, steps: Step[]) {
  if (!steps.length) return;
  await recognitionChange(ctx, async (tx) => {
    const person = await findPersonBasic(tx.db, personId);
    if (!person || person.status === 'left') return;
    for (const step of steps) {
      let kind = step.kind;
      if (kind === 'content' && !(await hasCelebrated(tx.db, personId, ['content', 'first_step', 'event'])))
        kind = 'first_step';
      const id = await insertCelebration(tx.db, {
        person_id: personId,
        kind,
        subject_id: step.subjectId,
        title: step.title,
      });
      if (!id) continue;
      if (step.points)
        await addPoints(tx.db, {
          personId,
          action: step.points,
          sourceId: step.subjectId,
          onDate: tx.today(),
        });
      if (person.manager_id && promptsManager.has(kind))
        await notifyTeamStep(tx.db, person.manager_id, {
          name: person.name,
          step: (locale) => stepInWords[kind][locale](step.title),
        });
    }
    await evaluateBadges(tx, [personId]);
  });
}

/** An event attended: the item's celebration says so, and event badges are checked. */
export async function celebrateAttendance(
  ctx: OrgContext,
  personId: string,
  contentId: string,
  title: string,
) {
  await recognitionChange(ctx, async (tx) => {
    const changed = await markAsEvent(tx.db, personId, contentId);
    if (!Number(changed.numUpdatedRows))
      await insertCelebration(tx.db, { person_id: personId, kind: 'event', subject_id: contentId, title });
    await addPoints(tx.db, { personId, action: 'event_attended', sourceId: contentId, onDate: tx.today() });
    await evaluateBadges(tx, [personId]);
  });
}
