import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { referenceKey, resolveReferences } from '../../core/references.ts';
import { AppError, forbidden, invalidField, notFound } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { notifyPerson } from '../notifications/index.ts';
import { displayName } from '../people/index.ts';
import { isGoalOfPerson, planGoalTitles } from '../plans/index.ts';
import { ratePerson } from '../skills/index.ts';
import './feedback.events.ts';
import {
  askedRow,
  currentColleagues,
  insertAskedPeople,
  insertRequest,
  lockRequest,
  personRow,
  saveAnswer,
  setShared,
} from './feedback.repository.ts';
import type { CreateRequestInput } from './feedback.schemas.ts';

export const requestUrl = (baseUrl: string, id: string) => `${baseUrl}/feedback/${id}`;

async function subjectLabel(ctx: Ctx, me: string, input: CreateRequestInput): Promise<string> {
  if (input.subjectKind === 'work') {
    if (input.subjectId) throw invalidField('subjectId', 'a piece of work has no id; describe it', 'invalid');
    if (!input.subjectLabel) throw invalidField('subjectLabel', 'say which piece of work', 'required');
    return input.subjectLabel;
  }
  if (!input.subjectId) throw invalidField('subjectId', 'choose the goal or skill', 'required');
  if (input.subjectKind === 'plan_goal') {
    if (!(await isGoalOfPerson(ctx.db, me, input.subjectId)))
      throw invalidField('subjectId', 'not a goal of your plan', 'unknownReference');
    return (await planGoalTitles(ctx.db, [input.subjectId])).get(input.subjectId) ?? '';
  }
  const found = await resolveReferences(ctx.db, [{ kind: 'skill', id: input.subjectId }], {
    auth: ctx.auth,
    locale: ctx.locale,
  });
  const skill = found.get(referenceKey({ kind: 'skill', id: input.subjectId }));
  if (!skill) throw invalidField('subjectId', 'no such skill in this organisation', 'unknownReference');
  return skill.title;
}

/** Asks one or more colleagues a short question; each is notified (bell and mail). */
export async function requestFeedback(ctx: Ctx, input: CreateRequestInput, baseUrl: string) {
  const me = personIdOf(ctx.auth);
  const label = (await subjectLabel(ctx, me, input)).slice(0, 300);
  const people = [...new Set(input.personIds)];
  const current = await currentColleagues(ctx.db, people);
  input.personIds.forEach((id, index) => {
    if (!current.has(id)) throw invalidField(`personIds.${index}`, 'no such colleague', 'unknownReference');
    if (id === me) throw invalidField(`personIds.${index}`, 'ask a colleague, not yourself', 'invalid');
  });
  return runChange(ctx, async (tx) => {
    const { id } = await insertRequest(tx.db, {
      asker_id: me,
      subject_kind: input.subjectKind,
      subject_id: input.subjectId ?? null,
      subject_label: label,
      question: input.question,
      is_shared_with_manager: input.isSharedWithManager,
    });
    await insertAskedPeople(tx.db, id, people);
    tx.record({ action: 'feedback_request.created', subjectId: id, changes: { people: people.length } });
    const asker = await personRow(tx.db, me);
    const author = asker ? displayName(asker) : '';
    for (const personId of people)
      await notifyPerson(tx.db, personId, {
        kind: 'feedback_requested',
        vars: ({ name }) => ({
          name,
          author,
          subject: label,
          question: input.question,
          link: requestUrl(baseUrl, id),
        }),
      });
    return id;
  });
}

/** The colleague asked answers (again, if they want to improve it); on a skill it may also rate. */
export async function answerFeedback(
  ctx: Ctx,
  id: string,
  input: { answer: string; skillLevel?: number | undefined },
  baseUrl: string,
) {
  const me = personIdOf(ctx.auth);
  await runChange(ctx, async (tx) => {
    const request = await lockRequest(tx.db, id);
    const asked = request && (await askedRow(tx.db, id, me));
    if (!request || !asked) throw notFound('Feedback request');
    if (input.skillLevel !== undefined && request.subject_kind !== 'skill')
      throw invalidField('skillLevel', 'only feedback on a skill can be a rating', 'invalid');
    if (input.skillLevel !== undefined && asked.skill_level !== null)
      throw new AppError('conflict', 'You already rated this skill with your feedback.');
    if (input.skillLevel !== undefined && request.subject_id)
      await ratePerson(tx, {
        personId: request.asker_id,
        input: { skillId: request.subject_id, level: input.skillLevel, note: input.answer.slice(0, 2000) },
      });
    await saveAnswer(tx.db, id, me, {
      answer: input.answer,
      answered_at: tx.now(),
      declined_at: null,
      ...(input.skillLevel !== undefined && { skill_level: input.skillLevel }),
    });
    tx.record({
      action: 'feedback_request.answered',
      subjectId: id,
      changes: { rated: input.skillLevel !== undefined },
    });
    if (!asked.answered_at) {
      const answerer = await personRow(tx.db, me);
      const author = answerer ? displayName(answerer) : '';
      await notifyPerson(tx.db, request.asker_id, {
        kind: 'feedback_answered',
        vars: ({ name }) => ({ name, author, subject: request.subject_label, link: requestUrl(baseUrl, id) }),
      });
    }
  });
}

export async function declineFeedback(ctx: Ctx, id: string) {
  const me = personIdOf(ctx.auth);
  await runChange(ctx, async (tx) => {
    const request = await lockRequest(tx.db, id);
    const asked = request && (await askedRow(tx.db, id, me));
    if (!request || !asked) throw notFound('Feedback request');
    if (asked.answered_at) throw new AppError('conflict', 'You answered already.');
    await saveAnswer(tx.db, id, me, { answer: null, answered_at: null, declined_at: tx.now() });
    tx.record({ action: 'feedback_request.declined', subjectId: id });
  });
}

/** The asker shares the answers with their manager (or stops sharing). */
export async function shareFeedback(ctx: Ctx, id: string, isShared: boolean) {
  const me = personIdOf(ctx.auth);
  await runChange(ctx, async (tx) => {
    const request = await lockRequest(tx.db, id);
    if (!request) throw notFound('Feedback request');
    if (request.asker_id !== me) {
      if (await askedRow(tx.db, id, me)) throw forbidden('Only the asker shares their feedback.');
      throw notFound('Feedback request');
    }
    await setShared(tx.db, id, isShared);
    tx.record({ action: 'feedback_request.shared', subjectId: id, changes: { isShared } });
  });
}
