import { daysBetween } from '../../core/calendar.ts';
import type { Ctx } from '../../core/context.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { type AudienceCriteria, assertAudience, audienceOf, contentHeadlines } from '../catalogue/index.ts';
import { displayName } from '../people/index.ts';
import { canManageOnboarding, canTick, type JourneyPart, partIn } from './onboarding.policy.ts';
import {
  allTemplates,
  findTemplate,
  type JourneyRow,
  journeyStepsOf,
  journeysWhere,
  peopleByIds,
  templateSteps,
} from './onboarding.repository.ts';

const assertManage = (ctx: Ctx) => {
  if (!canManageOnboarding(ctx.auth)) throw forbidden();
};

export async function listTemplates(ctx: Ctx) {
  assertManage(ctx);
  return (await allTemplates(ctx.db)).map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    hasRule: row.criteria !== null,
    isActive: row.is_active,
    steps: Number(row.step_count ?? 0),
    journeys: Number(row.journey_count ?? 0),
  }));
}

export async function templateView(ctx: Ctx, id: string) {
  assertManage(ctx);
  const template = await findTemplate(ctx.db, id);
  if (!template) throw notFound('Onboarding template');
  const steps = await templateSteps(ctx.db, id);
  const titles = await contentHeadlines(
    ctx.db,
    steps.flatMap((step) => (step.content_id ? [step.content_id] : [])),
    ctx.locale,
  );
  const journeys = (await allTemplates(ctx.db)).find((row) => row.id === id)?.journey_count;
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    criteria: (template.criteria ?? null) as AudienceCriteria | null,
    isActive: template.is_active,
    journeys: Number(journeys ?? 0),
    steps: steps.map((step) => ({
      id: step.id,
      kind: step.kind as 'task',
      title: step.title,
      description: step.description,
      dayOffset: step.day_offset,
      owner: step.owner as 'newcomer',
      contentId: step.content_id,
      contentTitle: step.content_id ? (titles.get(step.content_id)?.title ?? null) : null,
    })),
  };
}

/** Who a template's rule would reach now, before saving it. Changes nothing. */
export async function previewTemplateRule(ctx: Ctx, criteria: AudienceCriteria) {
  assertManage(ctx);
  await assertAudience(ctx.db, { condition: 'criteria', criteria });
  const reached = await audienceOf(
    ctx.db,
    { condition: 'criteria', parameter: null, criteria },
    { today: ctx.today() },
  );
  const people = await peopleByIds(ctx.db, reached.slice(0, 100));
  return {
    reached: reached.length,
    people: people.map((person) => ({
      id: person.id,
      displayName: displayName(person),
      startDate: person.start_date,
      unitName: person.unit_name,
    })),
  };
}

/** Journeys with their steps as the one asking sees them. */
async function present(ctx: Ctx, rows: JourneyRow[], forcePart?: JourneyPart) {
  if (!rows.length) return [];
  const steps = await journeyStepsOf(
    ctx.db,
    rows.map((row) => row.id),
  );
  const personIds = [
    ...new Set(
      rows.flatMap((row) => [row.person_id, row.buddy_id, row.manager_id]).filter((id) => id !== null),
    ),
  ];
  const people = new Map((await peopleByIds(ctx.db, personIds)).map((person) => [person.id, person]));
  const titles = await contentHeadlines(
    ctx.db,
    [...new Set(steps.flatMap((step) => (step.content_id ? [step.content_id] : [])))],
    ctx.locale,
  );
  const today = ctx.today();
  const ref = (id: string | null) => {
    const person = id ? people.get(id) : undefined;
    return person ? { id: person.id, displayName: displayName(person) } : null;
  };
  return rows.map((row) => {
    const own = steps.filter((step) => step.journey_id === row.id);
    const person = people.get(row.person_id);
    return {
      id: row.id,
      templateName: row.template_name,
      startDate: row.start_date,
      source: row.source as 'rule' | 'hand',
      person: {
        id: row.person_id,
        displayName: person ? displayName(person) : '',
        jobTitle: person?.job_title ?? null,
      },
      buddy: ref(row.buddy_id),
      manager: ref(row.manager_id),
      myPart: forcePart ?? partIn(ctx.auth, row) ?? 'admin',
      done: own.filter((step) => step.done_at).length,
      total: own.length,
      steps: own.map((step) => ({
        id: step.id,
        kind: step.kind as 'task',
        title: step.title,
        description: step.description,
        owner: step.owner as 'newcomer',
        contentId: step.content_id,
        contentTitle: step.content_id ? (titles.get(step.content_id)?.title ?? null) : null,
        dueDate: step.due_date,
        week: Math.max(1, Math.floor(daysBetween(row.start_date, step.due_date) / 7) + 1),
        doneAt: step.done_at ? step.done_at.toISOString() : null,
        isOverdue: !step.done_at && step.due_date < today,
        canTick: canTick(ctx.auth, step, row),
      })),
    };
  });
}

/** One journey, for the newcomer, the buddy, the manager and L&D/HR. */
export async function journeyView(ctx: Ctx, id: string) {
  const [row] = await journeysWhere(ctx.db, { id });
  if (!row) throw notFound('Onboarding journey');
  if (!partIn(ctx.auth, row)) throw forbidden();
  return (await present(ctx, [row]))[0]!;
}

/** My journeys, those I am the buddy in, and my reports'. */
export async function onboardingOverview(ctx: Ctx) {
  if (ctx.auth.kind !== 'person') return { mine: [], buddy: [], team: [] };
  const me = ctx.auth.personId;
  const mine = await journeysWhere(ctx.db, { personId: me });
  const buddy = await journeysWhere(ctx.db, { buddyId: me });
  const team = await journeysWhere(ctx.db, { managerId: me });
  return {
    mine: await present(ctx, mine, 'newcomer'),
    buddy: await present(ctx, buddy, 'buddy'),
    team: await present(
      ctx,
      team.filter((row) => row.buddy_id !== me),
      'manager',
    ),
  };
}

/** Every journey under way in the organisation, for L&D and HR. */
export async function allJourneys(ctx: Ctx) {
  assertManage(ctx);
  return present(ctx, await journeysWhere(ctx.db, { all: true }), 'admin');
}
