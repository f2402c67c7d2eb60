import type { Ctx } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { contentHeadlines } from '../catalogue/index.ts';
import { displayName } from '../people/index.ts';
import { inLanguage, workoutLibrary } from './workouts.library.ts';
import { canSeeWorkout, mayEditTemplate } from './workouts.policy.ts';
import {
  findWorkout,
  nextStepsOf,
  ownTemplates,
  participantsOf,
  type WorkoutRow,
  workoutsOf,
} from './workouts.repository.ts';

/** The shipped library in my language, then the organisation's own WorkOuts. */
export async function library(ctx: Ctx) {
  personIdOf(ctx.auth);
  const shipped = workoutLibrary.map((item) => {
    const words = inLanguage(item, ctx.locale);
    return {
      source: 'library' as const,
      key: item.key,
      title: words.title,
      theme: words.theme,
      assignment: words.assignment,
      reflectionQuestion: words.reflectionQuestion,
      durationMinutes: item.durationMinutes,
      language: ctx.locale,
      canEdit: false,
    };
  });
  const own = (await ownTemplates(ctx.db)).map((row) => ({
    source: 'own' as const,
    key: row.id,
    title: row.title,
    theme: row.theme,
    assignment: row.assignment,
    reflectionQuestion: row.reflection_question,
    durationMinutes: row.duration_minutes,
    language: row.language as 'nl' | 'en',
    canEdit: mayEditTemplate(ctx.auth, row),
  }));
  return [...shipped, ...own];
}

type Participant = Awaited<ReturnType<typeof participantsOf>>[number];

function summary(ctx: Ctx, row: WorkoutRow, participants: Participant[]) {
  const me = ctx.auth.kind === 'person' ? ctx.auth.personId : null;
  return {
    id: row.id,
    title: row.title,
    plannedOn: row.planned_on,
    status: row.status as 'planned' | 'done',
    manager: { id: row.manager_id, displayName: displayName(row) },
    participantCount: row.participant_count,
    reflectionCount: row.reflection_count,
    isMine: row.manager_id === me,
    myReflection: participants.find((p) => p.person_id === me)?.reflection ?? null,
  };
}

/** The WorkOuts I lead or take part in. */
export async function myWorkouts(ctx: Ctx) {
  const rows = await workoutsOf(ctx.db, personIdOf(ctx.auth));
  const participants = await participantsOf(
    ctx.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) =>
    summary(
      ctx,
      row,
      participants.filter((p) => p.workout_id === row.id),
    ),
  );
}

/** One WorkOut with the team's reflections and next steps (the team shares what it heard). */
export async function workoutView(ctx: Ctx, id: string) {
  const row = await findWorkout(ctx.db, id);
  if (!row) throw notFound('WorkOut');
  const participants = await participantsOf(ctx.db, [id]);
  const me = ctx.auth.kind === 'person' ? ctx.auth.personId : null;
  if (
    !canSeeWorkout(
      ctx.auth,
      row,
      participants.some((p) => p.person_id === me),
    )
  )
    throw notFound('WorkOut');
  const steps = await nextStepsOf(ctx.db, id);
  const item = row.content_id
    ? (await contentHeadlines(ctx.db, [row.content_id], ctx.locale)).get(row.content_id)
    : undefined;
  return {
    ...summary(ctx, row, participants),
    assignment: row.assignment,
    reflectionQuestion: row.reflection_question,
    durationMinutes: row.duration_minutes,
    learningItem: item ? { id: item.id, title: item.title } : null,
    doneAt: row.done_at?.toISOString() ?? null,
    participants: participants.map((p) => ({
      person: { id: p.person_id, displayName: displayName(p) },
      reflection: p.reflection,
      reflectedAt: p.reflected_at?.toISOString() ?? null,
    })),
    nextSteps: steps.map((step) => ({
      id: step.id,
      kind: step.kind as 'personal' | 'team',
      title: step.title,
      person:
        step.person_id && step.given_name && step.family_name
          ? {
              id: step.person_id,
              displayName: displayName({
                given_name: step.given_name,
                family_name_prefix: step.family_name_prefix,
                family_name: step.family_name,
              }),
            }
          : null,
      landedIn: step.plan_action_id ? ('plan' as const) : step.team_goal_id ? ('teamGoal' as const) : null,
    })),
  };
}
