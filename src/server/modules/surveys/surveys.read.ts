import type { Ctx } from '../../core/context.ts';
import { invalidField, notFound } from '../../http/errors.ts';
import { assertCan, can, personIdOf } from '../access/index.ts';
import { audienceCriteria } from '../catalogue/index.ts';
import { type GroupCount, isTotalShown, shownGroups } from './surveys.anonymity.ts';
import {
  answersIn,
  countsOf,
  findSurvey,
  groupCounts,
  hasAnswered,
  isInvited,
  latestSurveys,
  questionsOf,
  type SurveyRow,
  surveysFor,
  thresholdOf,
  unitNames,
} from './surveys.repository.ts';
import type { ResultsQuery } from './surveys.schemas.ts';

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);
type Option = { nl: string; en: string };

function summaryOf(row: SurveyRow, counts: { invited: number; answered: number } | undefined) {
  return {
    id: row.id,
    kind: row.kind as 'pulse' | 'learning_zone',
    titleNl: row.title_nl,
    titleEn: row.title_en,
    status: row.status as 'draft' | 'scheduled' | 'open' | 'closed',
    opensAt: iso(row.opens_at),
    closesAt: iso(row.closes_at),
    invited: counts?.invited ?? 0,
    answered: counts?.answered ?? 0,
  };
}

export async function surveys(ctx: Ctx) {
  assertCan(ctx.auth, 'surveys.manage');
  const rows = await latestSurveys(ctx.db);
  const counts = await countsOf(
    ctx.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => summaryOf(row, counts.get(row.id)));
}

export async function survey(ctx: Ctx, id: string) {
  assertCan(ctx.auth, 'surveys.manage');
  const row = await findSurvey(ctx.db, id);
  if (!row) throw notFound('Survey');
  const [counts, questions] = await Promise.all([countsOf(ctx.db, [id]), questionsOf(ctx.db, id)]);
  return {
    ...summaryOf(row, counts.get(id)),
    introNl: row.intro_nl,
    introEn: row.intro_en,
    audience: audienceCriteria.parse(row.audience ?? {}),
    questions: questions.map((question) => ({
      id: question.id,
      kind: question.kind as 'likert5' | 'likert7' | 'choice' | 'text',
      textNl: question.text_nl,
      textEn: question.text_en,
      options: question.options as Option[],
      dimension: question.dimension as 'safety' | 'accountability' | null,
    })),
  };
}

/** The open surveys I was invited to. */
export async function mySurveys(ctx: Ctx) {
  const rows = await surveysFor(ctx.db, personIdOf(ctx.auth));
  return rows.map((row) => ({
    id: row.id,
    title: ctx.locale === 'nl' ? row.title_nl : row.title_en,
    closesAt: iso(row.closes_at),
    hasAnswered: row.answered_by !== null,
  }));
}

/** The questions for an invitee, in their language. */
export async function surveyForm(ctx: Ctx, id: string) {
  const personId = personIdOf(ctx.auth);
  const row = await findSurvey(ctx.db, id);
  if (!row || row.status === 'draft' || !(await isInvited(ctx.db, id, personId))) throw notFound('Survey');
  const isNl = ctx.locale === 'nl';
  const questions = await questionsOf(ctx.db, id);
  return {
    id,
    kind: row.kind as 'pulse' | 'learning_zone',
    title: isNl ? row.title_nl : row.title_en,
    intro: isNl ? row.intro_nl : row.intro_en,
    closesAt: iso(row.closes_at),
    isOpen: row.status === 'open',
    hasAnswered: await hasAnswered(ctx.db, id, personId),
    questions: questions.map((question) => ({
      id: question.id,
      kind: question.kind as 'likert5' | 'likert7' | 'choice' | 'text',
      text: isNl ? question.text_nl : question.text_en,
      options: (question.options as Option[]).map((option) => (isNl ? option.nl : option.en)),
    })),
  };
}

const toGroups = (rows: { key: string | null; n: number }[]): GroupCount[] =>
  rows.map((row) => ({ key: row.key ?? '', count: Number(row.n) }));

/**
 * Which groups of a survey may be shown: none before it closes (watching results move as people
 * answer would single them out), then by the anonymity rule per breakdown (surveys.anonymity.ts).
 */
export async function visibleGroups(ctx: Ctx, row: SurveyRow) {
  const threshold = await thresholdOf(ctx.db);
  const [byUnit, byRole] = await Promise.all([
    groupCounts(ctx.db, row.id, 'org_unit_id').then(toGroups),
    groupCounts(ctx.db, row.id, 'role_group').then(toGroups),
  ]);
  const total = byRole.reduce((sum, group) => sum + group.count, 0);
  const isClosed = row.status === 'closed';
  const counts = new Map(byUnit.map((group) => [group.key, group.count]));
  return {
    threshold,
    isClosed,
    total: isClosed && isTotalShown(total, threshold) ? total : null,
    units: isClosed ? shownGroups(byUnit, threshold) : new Set<string>(),
    roles: isClosed ? shownGroups(byRole, threshold) : new Set<string>(),
    unitCount: (unitId: string) => counts.get(unitId) ?? 0,
    roleCount: (role: string) => byRole.find((group) => group.key === role)?.count ?? 0,
  };
}

export async function results(ctx: Ctx, id: string, query: ResultsQuery) {
  assertCan(ctx.auth, 'surveys.manage');
  if (query.unitId && query.roleGroup)
    throw invalidField('roleGroup', 'filter on a unit or on a role group, not both');
  const row = await findSurvey(ctx.db, id);
  if (!row) throw notFound('Survey');
  const visible = await visibleGroups(ctx, row);
  const respondents = query.unitId
    ? visible.units.has(query.unitId)
      ? visible.unitCount(query.unitId)
      : null
    : query.roleGroup
      ? visible.roles.has(query.roleGroup)
        ? visible.roleCount(query.roleGroup)
        : null
      : visible.total;
  const isShown = respondents !== null;
  const questions = await questionsOf(ctx.db, id);
  const answers = isShown ? await answersIn(ctx.db, id, query) : [];
  const isNl = ctx.locale === 'nl';
  const unitIds = [...visible.units].filter(Boolean);
  const names = await unitNames(ctx.db, unitIds);
  return {
    surveyId: id,
    title: isNl ? row.title_nl : row.title_en,
    threshold: visible.threshold,
    isClosed: visible.isClosed,
    group: { unitId: query.unitId ?? null, roleGroup: query.roleGroup ?? null },
    isShown,
    respondents,
    questions: isShown ? questions.map((question) => questionResult(question, answers, isNl)) : [],
    groups: [
      ...names
        .map((unit) => ({ kind: 'unit' as const, id: unit.id, name: unit.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      ...[...visible.roles].map((role) => ({ kind: 'roleGroup' as const, id: role, name: role })),
    ],
  };
}

function questionResult(
  question: Awaited<ReturnType<typeof questionsOf>>[number],
  answers: { question_id: string; value: number | null; text: string | null }[],
  isNl: boolean,
) {
  const mine = answers.filter((answer) => answer.question_id === question.id);
  const values = mine.flatMap((answer) => (answer.value === null ? [] : [answer.value]));
  const kind = question.kind as 'likert5' | 'likert7' | 'choice' | 'text';
  const labels =
    kind === 'choice'
      ? (question.options as Option[]).map((option) => (isNl ? option.nl : option.en))
      : kind === 'text'
        ? []
        : Array.from({ length: kind === 'likert5' ? 5 : 7 }, (_, index) => String(index + 1));
  const offset = kind === 'choice' ? 0 : 1;
  return {
    id: question.id,
    kind,
    text: isNl ? question.text_nl : question.text_en,
    mean:
      kind.startsWith('likert') && values.length
        ? Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100
        : null,
    counts: labels.map((label, index) => ({
      label,
      count: values.filter((value) => value === index + offset).length,
    })),
    texts: mine.flatMap((answer) => (answer.text ? [answer.text] : [])).sort((a, b) => a.localeCompare(b)),
  };
}

/** Results as a CSV file (semicolons, as Dutch spreadsheets expect); a hidden group has no figures. */
export function resultsCsv(result: Awaited<ReturnType<typeof results>>, isNl: boolean) {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const header = isNl
    ? ['vraag', 'soort', 'gemiddelde', 'antwoord', 'aantal']
    : ['question', 'kind', 'mean', 'answer', 'count'];
  const rows: string[][] = [header];
  if (!result.isShown)
    rows.push([
      isNl
        ? `Geen uitkomst: minder dan ${result.threshold} antwoorden in deze groep, of de groep zou een kleinere groep verraden.`
        : `No result: fewer than ${result.threshold} answers in this group, or the group would reveal a smaller one.`,
    ]);
  for (const question of result.questions) {
    const mean = question.mean === null ? '' : String(question.mean);
    for (const count of question.counts)
      rows.push([question.text, question.kind, mean, count.label, String(count.count)]);
    for (const text of question.texts) rows.push([question.text, question.kind, '', text, '']);
  }
  return `\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

export async function settings(ctx: Ctx) {
  assertCan(ctx.auth, 'surveys.manage');
  return { anonymityThreshold: await thresholdOf(ctx.db) };
}

export const canManageSurveys = (ctx: Ctx) => can(ctx.auth, 'surveys.manage');
