import { runChange } from '../../core/change.ts';
import type { Ctx, OrgContext } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError, invalidField, notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import {
  type AudienceCriteria,
  assertAudienceUnits,
  audienceCriteria,
  peopleInAudience,
} from '../catalogue/index.ts';
import { notifyPerson } from '../notifications/index.ts';
import './surveys.events.ts';
import { learningZoneIntro, learningZoneItems, learningZoneTitle } from './surveys.instrument.ts';
import {
  findSurvey,
  groupsOfPerson,
  hasAnswered,
  isInvited,
  questionsOf,
  type SurveyRow,
} from './surveys.repository.ts';
import type { AnswersInput, SurveyInput } from './surveys.schemas.ts';

export const surveyUrl = (baseUrl: string, id: string) => `${baseUrl}/surveys/${id}/answer`;

function checkQuestions(questions: SurveyInput['questions']) {
  questions.forEach((question, index) => {
    if (question.kind === 'choice' && question.options.length < 2)
      throw invalidField(`questions.${index}.options`, 'a choice question needs at least two options');
    if (question.kind !== 'choice' && question.options.length > 0)
      throw invalidField(`questions.${index}.options`, 'only choice questions have options');
  });
}

async function writeQuestions(tenant: TenantDb, surveyId: string, questions: SurveyInput['questions']) {
  await tenant.deleteFrom('survey_questions').where('survey_id', '=', surveyId).execute();
  await tenant
    .insertInto(
      'survey_questions',
      questions.map((question, position) => ({
        survey_id: surveyId,
        position,
        kind: question.kind,
        text_nl: question.textNl,
        text_en: question.textEn,
        options: JSON.stringify(question.options),
      })),
    )
    .execute();
}

export async function createSurvey(ctx: Ctx, input: SurveyInput) {
  assertCan(ctx.auth, 'surveys.manage');
  checkQuestions(input.questions);
  return runChange(ctx, async (tx) => {
    await assertAudienceUnits(tx.db, input.audience, 'audience');
    const { id } = await tx.db
      .insertInto('surveys', {
        title_nl: input.titleNl,
        title_en: input.titleEn,
        intro_nl: input.introNl,
        intro_en: input.introEn,
        audience: JSON.stringify(input.audience),
        created_by: ctx.auth.kind === 'person' ? ctx.auth.personId : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeQuestions(tx.db, id, input.questions);
    tx.record({ action: 'survey.created', subjectId: id, changes: { title: input.titleNl } });
    return id;
  });
}

/** A draft changes as a whole; once scheduled its questions stay as they are. */
export async function updateSurvey(ctx: Ctx, id: string, input: SurveyInput) {
  assertCan(ctx.auth, 'surveys.manage');
  checkQuestions(input.questions);
  return runChange(
    ctx,
    async (tx) => {
      const survey = await findSurvey(tx.db, id);
      if (!survey) throw notFound('Survey');
      if (survey.status !== 'draft') throw new AppError('conflict', 'Only a draft survey can be changed.');
      if (survey.kind === 'learning_zone')
        throw new AppError('conflict', 'The Learning Zone check keeps its shipped questions.');
      await assertAudienceUnits(tx.db, input.audience, 'audience');
      await tx.db
        .updateTable('surveys')
        .set({
          title_nl: input.titleNl,
          title_en: input.titleEn,
          intro_nl: input.introNl,
          intro_en: input.introEn,
          audience: JSON.stringify(input.audience),
          updated_at: tx.now(),
        })
        .where('id', '=', id)
        .execute();
      await writeQuestions(tx.db, id, input.questions);
      tx.record({ action: 'survey.changed', subjectId: id });
      return id;
    },
    { lock: { table: 'surveys', id } },
  );
}

/** A new round of the Learning Zone check: the shipped instrument in nl and en. */
export async function createLearningZoneRound(ctx: Ctx, audience: AudienceCriteria) {
  assertCan(ctx.auth, 'surveys.manage');
  return runChange(ctx, async (tx) => {
    await assertAudienceUnits(tx.db, audience, 'audience');
    const { id } = await tx.db
      .insertInto('surveys', {
        kind: 'learning_zone',
        title_nl: `${learningZoneTitle.nl} ${tx.today()}`,
        title_en: `${learningZoneTitle.en} ${tx.today()}`,
        intro_nl: learningZoneIntro.nl,
        intro_en: learningZoneIntro.en,
        audience: JSON.stringify(audience),
        created_by: ctx.auth.kind === 'person' ? ctx.auth.personId : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.db
      .insertInto(
        'survey_questions',
        learningZoneItems.map((item, position) => ({
          survey_id: id,
          position,
          kind: 'likert7',
          text_nl: item.nl,
          text_en: item.en,
          dimension: item.dimension,
          is_reversed: item.isReversed,
        })),
      )
      .execute();
    tx.record({ action: 'survey.created', subjectId: id, changes: { kind: 'learning_zone' } });
    return id;
  });
}

/**
 * Opens a survey: the audience of today is invited (bell and e-mail) and may answer until it closes.
 * Runs inside the caller's change (scheduling "now", or the job).
 */
export async function openSurvey(tx: OrgContext & { db: TenantDb }, survey: SurveyRow, baseUrl: string) {
  const people = await peopleInAudience(tx.db, audienceCriteria.parse(survey.audience ?? {}), {
    today: tx.today(),
  });
  if (people.length)
    await tx.db
      .insertInto(
        'survey_invitees',
        people.map((personId) => ({ survey_id: survey.id, person_id: personId })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  await tx.db
    .updateTable('surveys')
    .set({ status: 'open', opened_at: tx.now() })
    .where('id', '=', survey.id)
    .execute();
  for (const personId of people)
    await notifyPerson(tx.db, personId, {
      kind: 'survey_invitation',
      vars: ({ name, locale }) => ({
        name,
        title: locale === 'nl' ? survey.title_nl : survey.title_en,
        link: surveyUrl(baseUrl, survey.id),
      }),
    });
  return people.length;
}

export async function scheduleSurvey(
  ctx: Ctx,
  id: string,
  input: { opensAt: string | null; closesAt: string },
  baseUrl: string,
) {
  assertCan(ctx.auth, 'surveys.manage');
  return runChange(
    ctx,
    async (tx) => {
      const survey = await findSurvey(tx.db, id);
      if (!survey) throw notFound('Survey');
      if (survey.status !== 'draft' && survey.status !== 'scheduled')
        throw new AppError('conflict', 'This survey has already opened.');
      const opensAt = input.opensAt ? new Date(input.opensAt) : tx.now();
      const closesAt = new Date(input.closesAt);
      if (closesAt <= tx.now()) throw invalidField('closesAt', 'must be in the future');
      if (closesAt <= opensAt) throw invalidField('closesAt', 'must be after opensAt');
      await tx.db
        .updateTable('surveys')
        .set({ status: 'scheduled', opens_at: opensAt, closes_at: closesAt, updated_at: tx.now() })
        .where('id', '=', id)
        .execute();
      tx.record({
        action: 'survey.scheduled',
        subjectId: id,
        changes: { opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
      });
      if (opensAt <= tx.now()) {
        const invited = await openSurvey(tx, survey, baseUrl);
        tx.record({ action: 'survey.opened', subjectId: id, changes: { invited } });
      }
      return id;
    },
    { lock: { table: 'surveys', id } },
  );
}

export async function closeSurvey(ctx: Ctx, id: string) {
  assertCan(ctx.auth, 'surveys.manage');
  return runChange(
    ctx,
    async (tx) => {
      const survey = await findSurvey(tx.db, id);
      if (!survey) throw notFound('Survey');
      if (survey.status !== 'open') throw new AppError('conflict', 'Only an open survey can be closed.');
      await tx.db
        .updateTable('surveys')
        .set({ status: 'closed', closed_at: tx.now() })
        .where('id', '=', id)
        .execute();
      tx.record({ action: 'survey.closed', subjectId: id });
      return id;
    },
    { lock: { table: 'surveys', id } },
  );
}

type AnswerRow = { question_id: string; value: number | null; text: string | null };

function checkAnswers(questions: Awaited<ReturnType<typeof questionsOf>>, input: AnswersInput): AnswerRow[] {
  const given = new Map(input.answers.map((answer) => [answer.questionId, answer]));
  input.answers.forEach((answer, index) => {
    if (!questions.some((question) => question.id === answer.questionId))
      throw invalidField(`answers.${index}.questionId`, 'not a question of this survey');
  });
  return questions.flatMap((question): AnswerRow[] => {
    const answer = given.get(question.id);
    const index = input.answers.findIndex((a) => a.questionId === question.id);
    const field = `answers.${index < 0 ? input.answers.length : index}`;
    if (question.kind === 'text') {
      const text = answer?.text?.trim();
      return text ? [{ question_id: question.id, value: null, text }] : [];
    }
    const highest =
      question.kind === 'likert5'
        ? 5
        : question.kind === 'likert7'
          ? 7
          : (question.options as unknown[]).length - 1;
    const lowest = question.kind === 'choice' ? 0 : 1;
    const value = answer?.value;
    if (value === null || value === undefined)
      throw invalidField(`${field}.value`, 'answer this question', 'required');
    if (value < lowest || value > highest)
      throw invalidField(`${field}.value`, `must be ${lowest} to ${highest}`);
    return [{ question_id: question.id, value, text: null }];
  });
}

/**
 * An invitee answers once. The response keeps no person and no time, only the groups it counts in;
 * the participant row that enforces "once" has no link to it. No audit row is written.
 */
export async function answerSurvey(ctx: Ctx, id: string, input: AnswersInput) {
  const personId = personIdOf(ctx.auth);
  await runChange(ctx, async (tx) => {
    const survey = await findSurvey(tx.db, id);
    if (!survey || !(await isInvited(tx.db, id, personId))) throw notFound('Survey');
    if (survey.status !== 'open') throw new AppError('conflict', 'This survey is not open.');
    if (await hasAnswered(tx.db, id, personId)) throw new AppError('conflict', 'You have already answered.');
    const answers = checkAnswers(await questionsOf(tx.db, id), input);
    await tx.db.insertInto('survey_participants', { survey_id: id, person_id: personId }).execute();
    const groups = await groupsOfPerson(tx.db, personId);
    const response = await tx.db
      .insertInto('survey_responses', {
        survey_id: id,
        org_unit_id: groups.unitId,
        role_group: groups.roleGroup,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (answers.length)
      await tx.db
        .insertInto(
          'survey_answers',
          answers.map((answer) => ({ ...answer, response_id: response.id })),
        )
        .execute();
  });
}

export async function changeSettings(ctx: Ctx, input: { anonymityThreshold: number }) {
  assertCan(ctx.auth, 'surveys.manage');
  await runChange(ctx, async (tx) => {
    await tx.db
      .insertInto('survey_settings', { anonymity_threshold: input.anonymityThreshold, updated_at: tx.now() })
      .onConflict((oc) =>
        oc
          .column('organisation_id')
          .doUpdateSet({ anonymity_threshold: input.anonymityThreshold, updated_at: tx.now() }),
      )
      .execute();
    tx.record({
      action: 'survey.settings_changed',
      changes: { anonymityThreshold: input.anonymityThreshold },
    });
  });
}
