import { z } from 'zod';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { forbidden } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { enrolmentsWithProgress } from '../catalogue/index.ts';
import { displayName } from '../people/index.ts';
import { postPage } from './knowledge.read.ts';
import { directReports, managerOf } from './knowledge.repository.ts';
import { learningKind, postSummarySchema } from './knowledge.schemas.ts';

// Managers as role models: a manager who chooses so shows their own finished learning and their
// "wat ik geleerd heb" posts to their direct reports (the team page). Nothing is shown until they do.

const windowDays = 90;

export const opennessSchema = z
  .object({ isOpenToTeam: z.boolean(), teamSize: z.number().int() })
  .meta({ id: 'LearningOpenness' });
export const opennessBody = z.object({ isOpenToTeam: z.boolean() });
export const managerLearningSchema = z
  .object({
    manager: z.object({ id: z.uuid(), name: z.string() }).nullable().describe('null: I have no manager'),
    isOpen: z.boolean().describe('false: the manager has not chosen to show their learning'),
    completions: z.array(
      z.object({ kind: learningKind, id: z.uuid(), title: z.string(), completedAt: z.iso.datetime() }),
    ),
    posts: z.array(postSummarySchema),
  })
  .meta({ id: 'ManagerLearning' });

const isOpen = async (ctx: Ctx, personId: string) =>
  (
    await ctx.db
      .selectFrom('knowledge_learning_openness')
      .select('is_open_to_team')
      .where('person_id', '=', personId)
      .executeTakeFirst()
  )?.is_open_to_team ?? false;

async function teamSizeOf(ctx: Ctx) {
  const team = await directReports(ctx.db, personIdOf(ctx.auth));
  if (!team.length) throw forbidden('Only a manager with a team shows their learning to it.');
  return team.length;
}

export async function myOpenness(ctx: Ctx) {
  const teamSize = await teamSizeOf(ctx);
  return { isOpenToTeam: await isOpen(ctx, personIdOf(ctx.auth)), teamSize };
}

export async function setOpenness(ctx: Ctx, isOpenToTeam: boolean) {
  const me = personIdOf(ctx.auth);
  const teamSize = await teamSizeOf(ctx);
  await runChange(ctx, async (tx) => {
    await tx.db
      .insertInto('knowledge_learning_openness', { person_id: me, is_open_to_team: isOpenToTeam })
      .onConflict((oc) =>
        oc
          .columns(['organisation_id', 'person_id'])
          .doUpdateSet({ is_open_to_team: isOpenToTeam, updated_at: new Date() }),
      )
      .execute();
    tx.record({ action: 'learning_openness.set', subjectId: me, changes: { isOpenToTeam } });
  });
  return { isOpenToTeam, teamSize };
}

/** My manager's learning of the last 90 days, if they chose to show it to their team. */
export async function managerLearning(ctx: Ctx) {
  const managerId = await managerOf(ctx.db, personIdOf(ctx.auth));
  if (!managerId) return { manager: null, isOpen: false, completions: [], posts: [] };
  const person = await ctx.db
    .selectFrom('people')
    .select(['given_name', 'family_name_prefix', 'family_name'])
    .where('id', '=', managerId)
    .executeTakeFirstOrThrow();
  const manager = { id: managerId, name: displayName(person) };
  if (!(await isOpen(ctx, managerId))) return { manager, isOpen: false, completions: [], posts: [] };
  const since = new Date(ctx.now().getTime() - windowDays * 86_400_000);
  const [enrolments, posts] = await Promise.all([
    enrolmentsWithProgress(ctx.db, [managerId], ctx.locale),
    postPage(ctx, { authorId: managerId, kind: 'learned', since, withHidden: false }, 1, 10),
  ]);
  return {
    manager,
    isOpen: true,
    completions: enrolments
      .filter((enrolment) => enrolment.completedAt && new Date(enrolment.completedAt) >= since)
      .sort((a, b) => b.completedAt!.localeCompare(a.completedAt!))
      .slice(0, 20)
      .map((enrolment) => ({
        kind: enrolment.type,
        id: enrolment.subjectId,
        title: enrolment.title,
        completedAt: new Date(enrolment.completedAt!).toISOString(),
      })),
    posts: posts.items,
  };
}
