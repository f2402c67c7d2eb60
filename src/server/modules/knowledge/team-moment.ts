import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { enrolmentsWithProgress } from '../catalogue/index.ts';
import { notifyPerson } from '../notifications/index.ts';
import { displayName } from '../people/index.ts';
import { recentReflections } from '../plans/index.ts';
import { personOf } from './knowledge.presenter.ts';
import { postPage } from './knowledge.read.ts';
import { directReports, managerOf } from './knowledge.repository.ts';
import {
  answersTo,
  findQuestion,
  insertQuestion,
  questionsOf,
  upsertAnswer,
} from './team-moment.repository.ts';

// "Wat hebben we geleerd": before a team meeting the manager sees the team's last two weeks of
// learning (completions, reflections in shared plans, posts) and asks the team one short question.

const windowDays = 14;
export const defaultQuestion = {
  nl: 'Deel één ding dat je deze week leerde',
  en: 'Share one thing you learned this week',
} as const;

const sinceOf = (ctx: Ctx) => new Date(ctx.now().getTime() - windowDays * 86_400_000);

async function questionsWithAnswers(ctx: Ctx, managerId: string, since: Date) {
  const me = personIdOf(ctx.auth);
  const questions = await questionsOf(ctx.db, managerId, since);
  const answers = await answersTo(
    ctx.db,
    questions.map((question) => question.id),
  );
  const isManager = me === managerId;
  return questions.map((question) => {
    const mine = answers.find((answer) => answer.question_id === question.id && answer.person_id === me);
    return {
      id: question.id,
      question: question.question,
      askedBy: personOf(question.manager_id, question, 'author'),
      createdAt: question.created_at.toISOString(),
      // The team shares its answers with the manager (and sees each other's in the meeting).
      answers: answers
        .filter((answer) => answer.question_id === question.id && (isManager || answer.person_id === me))
        .map((answer) => ({
          person: personOf(answer.person_id, answer, 'author'),
          answer: answer.answer,
          answeredAt: answer.answered_at.toISOString(),
        })),
      myAnswer: mine?.answer ?? null,
    };
  });
}

/** The manager's view of their team's recent learning; 403 for someone without direct reports. */
export async function teamMoment(ctx: Ctx) {
  const me = personIdOf(ctx.auth);
  const team = await directReports(ctx.db, me);
  if (!team.length) throw forbidden('The team moment is for managers with a team.');
  const since = sinceOf(ctx);
  const ids = team.map((person) => person.id);
  const names = new Map(team.map((person) => [person.id, displayName(person)]));
  const [enrolments, reflections, posts, questions] = await Promise.all([
    enrolmentsWithProgress(ctx.db, ids, ctx.locale),
    recentReflections(ctx.db, ids, since),
    postPage(ctx, { authorIds: ids, since, withHidden: false }, 1, 30),
    questionsWithAnswers(ctx, me, since),
  ]);
  return {
    since: since.toISOString(),
    team: team.map((person) => ({ id: person.id, name: names.get(person.id)! })),
    completions: enrolments
      .filter((enrolment) => enrolment.completedAt && new Date(enrolment.completedAt) >= since)
      .sort((a, b) => b.completedAt!.localeCompare(a.completedAt!))
      .map((enrolment) => ({
        person: { id: enrolment.personId, name: names.get(enrolment.personId) ?? '' },
        kind: enrolment.type,
        id: enrolment.subjectId,
        title: enrolment.title,
        completedAt: new Date(enrolment.completedAt!).toISOString(),
      })),
    reflections: reflections.map((reflection) => ({
      person: { id: reflection.person_id, name: names.get(reflection.person_id) ?? '' },
      goal: reflection.goal_title ?? '',
      text: reflection.body,
      createdAt: reflection.created_at.toISOString(),
    })),
    posts: posts.items,
    questions,
  };
}

/** One click: the question goes to every direct report (bell and mail). */
export async function askTeam(ctx: Ctx, input: { question?: string | undefined }, baseUrl: string) {
  const me = personIdOf(ctx.auth);
  const team = await directReports(ctx.db, me);
  if (!team.length) throw forbidden('The team moment is for managers with a team.');
  const question = input.question ?? defaultQuestion[ctx.locale === 'en' ? 'en' : 'nl'];
  return runChange(ctx, async (tx) => {
    const { id } = await insertQuestion(tx.db, { manager_id: me, question });
    tx.record({ action: 'team_moment.asked', subjectId: id, changes: { people: team.length } });
    const manager = await tx.db
      .selectFrom('people')
      .select(['given_name', 'family_name_prefix', 'family_name'])
      .where('id', '=', me)
      .executeTakeFirstOrThrow();
    const author = displayName(manager);
    for (const person of team)
      await notifyPerson(tx.db, person.id, {
        kind: 'team_moment_question',
        vars: ({ name }) => ({ name, author, question, link: `${baseUrl}/knowledge/team-question` }),
      });
    return id;
  });
}

/** My manager's questions of the last two weeks, with my answers. */
export async function questionsForMe(ctx: Ctx) {
  const me = personIdOf(ctx.auth);
  const managerId = await managerOf(ctx.db, me);
  if (!managerId) return [];
  return questionsWithAnswers(ctx, managerId, sinceOf(ctx));
}

/** A short answer from a member of the team the question was asked to. */
export async function answerQuestion(ctx: Ctx, id: string, answer: string) {
  const me = personIdOf(ctx.auth);
  const question = await findQuestion(ctx.db, id);
  if (!question) throw notFound('Question');
  if ((await managerOf(ctx.db, me)) !== question.manager_id) throw notFound('Question');
  await runChange(ctx, async (tx) => {
    await upsertAnswer(tx.db, { question_id: id, person_id: me, answer, answered_at: tx.now() });
  });
  return (await questionsForMe(ctx)).find((item) => item.id === id) ?? null;
}
