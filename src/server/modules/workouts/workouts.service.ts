import { type ChangeCtx, runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { AppError, forbidden, invalidField, notFound } from '../../http/errors.ts';
import { can, personIdOf } from '../access/index.ts';
import { contentHeadlines } from '../catalogue/index.ts';
import { createTeamGoal } from '../goals/index.ts';
import { bookLearningTime } from '../learning-time/index.ts';
import { addPlanActionsFromConversation } from '../plans/index.ts';
import './workouts.events.ts';
import { inLanguage, libraryWorkout } from './workouts.library.ts';
import { canSeeWorkout, leads, mayEditTemplate } from './workouts.policy.ts';
import {
  deleteTemplate,
  directReportsAmong,
  findTemplate,
  findWorkout,
  hasReports,
  insertNextStep,
  insertParticipants,
  insertTemplate,
  insertWorkout,
  markDone,
  participantsOf,
  saveReflection,
  unitOf,
  updateTemplate,
} from './workouts.repository.ts';
import type { CompleteInput, PlanWorkoutInput, TemplateInput } from './workouts.schemas.ts';

const onlyManagers = 'Only a manager (someone with direct reports) runs WorkOuts with their team.';

async function assertManager(ctx: Ctx) {
  const personId = personIdOf(ctx.auth);
  if (!(await hasReports(ctx.db, personId))) throw forbidden(onlyManagers);
  return personId;
}

/** A manager (or L&D) writes an own WorkOut for the organisation's library. */
export async function createTemplate(ctx: Ctx, input: TemplateInput) {
  const personId = personIdOf(ctx.auth);
  if (!(await hasReports(ctx.db, personId)) && !can(ctx.auth, 'catalogue.manage'))
    throw forbidden(onlyManagers);
  return runChange(ctx, async (tx) => {
    const { id } = await insertTemplate(tx.db, {
      language: input.language,
      title: input.title,
      theme: input.theme,
      assignment: input.assignment,
      reflection_question: input.reflectionQuestion,
      duration_minutes: input.durationMinutes,
      created_by: personId,
    });
    tx.record({ action: 'workout.template_created', subjectId: id, changes: { title: input.title } });
    return id;
  });
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The author of an own WorkOut (or L&D) rewrites it: title, theme, assignment, question, duration and
 * language. Planned and done WorkOuts keep the copy they were planned with, so this may happen any time.
 * The shipped library is read-only (409 workout_shipped).
 */
export async function editTemplate(ctx: Ctx, id: string, input: TemplateInput) {
  personIdOf(ctx.auth);
  assertOwnTemplateId(id, 'changed');
  await runChange(
    ctx,
    async (tx) => {
      const template = await findTemplate(tx.db, id);
      if (!template) throw notFound('WorkOut');
      if (!mayEditTemplate(tx.auth, template))
        throw forbidden('Only the person who wrote this WorkOut, or L&D, changes it.');
      await updateTemplate(tx.db, id, {
        language: input.language,
        title: input.title,
        theme: input.theme,
        assignment: input.assignment,
        reflection_question: input.reflectionQuestion,
        duration_minutes: input.durationMinutes,
      });
      tx.record({
        action: 'workout.template_edited',
        subjectId: id,
        changes: { title: input.title, durationMinutes: input.durationMinutes },
      });
    },
    { lock: { table: 'workout_templates', id } },
  );
}

/** The shipped library never changes (409); anything that is not an own WorkOut's id is not there (404). */
function assertOwnTemplateId(id: string, verb: string) {
  if (libraryWorkout(id))
    throw new AppError('workout_shipped', `A shipped WorkOut cannot be ${verb}; write an own one instead.`);
  if (!uuid.test(id)) throw notFound('WorkOut');
}

/**
 * The author of an own WorkOut (or L&D) deletes it. WorkOuts planned from it keep the copy they were
 * planned with (their link to the template is cleared), so teams lose nothing they did.
 */
export async function removeTemplate(ctx: Ctx, id: string) {
  personIdOf(ctx.auth);
  assertOwnTemplateId(id, 'deleted');
  await runChange(
    ctx,
    async (tx) => {
      const template = await findTemplate(tx.db, id);
      if (!template) throw notFound('WorkOut');
      if (!mayEditTemplate(tx.auth, template))
        throw forbidden('Only the person who wrote this WorkOut, or L&D, deletes it.');
      await deleteTemplate(tx.db, id);
      tx.record({ action: 'workout.template_deleted', subjectId: id, changes: { title: template.title } });
    },
    { lock: { table: 'workout_templates', id } },
  );
}

/**
 * A manager plans a WorkOut with their team: the assignment is copied (later edits of the template
 * change nothing), the participants are direct reports, and the manager takes part too.
 */
export async function planWorkout(ctx: Ctx, input: PlanWorkoutInput) {
  const managerId = await assertManager(ctx);
  return runChange(ctx, async (tx) => {
    let source: { title: string; assignment: string; reflectionQuestion: string; durationMinutes: number };
    if (input.libraryKey) {
      const item = libraryWorkout(input.libraryKey);
      if (!item) throw invalidField('libraryKey', 'no such WorkOut in the library', 'unknownReference');
      source = { ...inLanguage(item, tx.locale), durationMinutes: item.durationMinutes };
    } else {
      const template = await findTemplate(tx.db, input.templateId!);
      if (!template)
        throw invalidField('templateId', 'no such WorkOut in this organisation', 'unknownReference');
      source = {
        title: template.title,
        assignment: template.assignment,
        reflectionQuestion: template.reflection_question,
        durationMinutes: template.duration_minutes,
      };
    }
    if (input.contentId) {
      const item = (await contentHeadlines(tx.db, [input.contentId], tx.locale)).get(input.contentId);
      if (!item) throw invalidField('contentId', 'no such learning item', 'unknownReference');
    }
    const reports = await directReportsAmong(tx.db, managerId, input.participantIds);
    const stranger = input.participantIds.findIndex((id) => !reports.has(id));
    if (stranger >= 0)
      throw invalidField(
        `participantIds.${stranger}`,
        'is not one of your direct reports',
        'unknownReference',
      );
    const { id } = await insertWorkout(tx.db, {
      library_key: input.libraryKey ?? null,
      template_id: input.templateId ?? null,
      manager_id: managerId,
      title: source.title,
      assignment: source.assignment,
      reflection_question: source.reflectionQuestion,
      duration_minutes: source.durationMinutes,
      planned_on: input.plannedOn,
      content_id: input.contentId ?? null,
    });
    await insertParticipants(tx.db, id, [...new Set([managerId, ...input.participantIds])]);
    tx.record({
      action: 'workout.planned',
      subjectId: id,
      changes: {
        title: source.title,
        plannedOn: input.plannedOn,
        participants: input.participantIds.length + 1,
      },
    });
    return id;
  });
}

async function lockedWorkout(tx: ChangeCtx<Ctx>, id: string) {
  const workout = await findWorkout(tx.db, id);
  if (!workout) throw notFound('WorkOut');
  const participants = await participantsOf(tx.db, [id]);
  const me = tx.auth.kind === 'person' ? tx.auth.personId : null;
  const isParticipant = participants.some((p) => p.person_id === me);
  if (!canSeeWorkout(tx.auth, workout, isParticipant)) throw notFound('WorkOut');
  return { workout, participants, isParticipant };
}

/** A participant writes (or rewrites) their short reflection, until the WorkOut is done. */
export async function reflect(ctx: Ctx, id: string, text: string) {
  const personId = personIdOf(ctx.auth);
  await runChange(
    ctx,
    async (tx) => {
      const { workout, isParticipant } = await lockedWorkout(tx, id);
      if (!isParticipant) throw forbidden('Only the WorkOut’s participants reflect on it.');
      if (workout.status === 'done') throw new AppError('conflict', 'This WorkOut is done.');
      await saveReflection(tx.db, id, personId, text, tx.now());
      tx.record({ action: 'workout.reflected', subjectId: id });
    },
    { lock: { table: 'workouts', id } },
  );
}

/**
 * The manager closes the WorkOut with the team's next steps: a personal step lands as an action in
 * that participant's development plan, a team step becomes a team goal (through goals, with its rules).
 * Everyone who reflected, and the manager, gets the WorkOut's time booked as learning time. All or nothing.
 */
export async function completeWorkout(ctx: Ctx, id: string, input: CompleteInput) {
  await runChange(
    ctx,
    async (tx) => {
      const { workout, participants } = await lockedWorkout(tx, id);
      if (!leads(tx.auth, workout)) throw forbidden('Only the manager who leads the WorkOut closes it.');
      if (workout.status === 'done') throw new AppError('conflict', 'This WorkOut is already done.');
      const participantIds = new Set(participants.map((p) => p.person_id));
      for (const [index, step] of input.nextSteps.entries())
        if (step.kind === 'personal' && !participantIds.has(step.personId))
          throw invalidField(`nextSteps.${index}.personId`, 'is not a participant', 'unknownReference');
      for (const [position, step] of input.nextSteps.entries()) {
        if (step.kind === 'personal') {
          const [actionId] = await addPlanActionsFromConversation(tx.db, {
            personId: step.personId,
            titles: [step.title],
            source: 'workout',
          });
          await insertNextStep(tx.db, {
            workout_id: id,
            title: step.title,
            kind: 'personal',
            person_id: step.personId,
            plan_action_id: actionId ?? null,
            team_goal_id: null,
            position,
          });
        } else {
          const orgUnitId = step.orgUnitId ?? (await unitOf(tx.db, workout.manager_id));
          if (!orgUnitId)
            throw invalidField(`nextSteps.${position}.orgUnitId`, 'choose the team’s unit', 'required');
          const teamGoalId = await createTeamGoal(tx, {
            orgUnitId,
            title: step.title,
            description: '',
            status: 'active',
            alignedGoalIds: [step.alignedGoalId],
          }).catch((error: unknown) => {
            if (error instanceof AppError && error.code === 'validation_failed')
              throw new AppError('validation_failed', error.message, {
                errors: (error.errors ?? []).map((e) => ({
                  ...e,
                  field: `nextSteps.${position}.${e.field === 'alignedGoalIds.0' || e.field === 'alignedGoalIds' ? 'alignedGoalId' : e.field}`,
                })),
              });
            throw error;
          });
          await insertNextStep(tx.db, {
            workout_id: id,
            title: step.title,
            kind: 'team',
            person_id: null,
            plan_action_id: null,
            team_goal_id: teamGoalId,
            position,
          });
        }
      }
      await markDone(tx.db, id, tx.now());
      for (const participant of participants)
        if (participant.reflection || participant.person_id === workout.manager_id)
          await bookLearningTime(tx, {
            personId: participant.person_id,
            date: [workout.planned_on, tx.today()].sort()[0]!,
            minutes: workout.duration_minutes,
            source: 'workout',
            sourceId: id,
            description: workout.title,
          });
      tx.record({
        action: 'workout.completed',
        subjectId: id,
        changes: { nextSteps: input.nextSteps.length },
      });
    },
    { lock: { table: 'workouts', id } },
  );
}
