import { addDays } from '../../core/calendar.ts';
import { type ChangeCtx, runChange } from '../../core/change.ts';
import type { Ctx, OrgContext } from '../../core/context.ts';
import { forbidden, invalidField, notFound } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { type AudienceCriteria, assertAudience, audienceOf, contentHeadlines } from '../catalogue/index.ts';
import './onboarding.events.ts';
import { notifyBuddy } from './onboarding.notify.ts';
import { canManageOnboarding, canTick, partIn } from './onboarding.policy.ts';
import {
  findStep,
  insertJourney,
  insertJourneySteps,
  insertTemplate,
  journeysWhere,
  lockJourney,
  lockTemplate,
  peopleByIds,
  peopleWithJourneyFrom,
  replaceTemplateSteps,
  ruleTemplates,
  setBuddy,
  setStepDone,
  templateSteps,
  updateTemplate,
} from './onboarding.repository.ts';
import type { TemplateInput } from './onboarding.schemas.ts';

const assertManage = (ctx: Ctx) => {
  if (!canManageOnboarding(ctx.auth)) throw forbidden();
};

/** A rule names a start date (it assigns on the start date), and only units and job roles of ours. */
async function assertTemplate(tx: ChangeCtx<Ctx>, input: TemplateInput) {
  if (input.criteria) {
    await assertAudience(tx.db, { condition: 'criteria', criteria: input.criteria });
    const { startDateFrom, startsWithinDays } = input.criteria;
    if (!startDateFrom && startsWithinDays === null)
      throw invalidField(
        'criteria.startsWithinDays',
        'a rule assigns on the start date: name the start date (within days, or from a date)',
      );
  }
  const contentIds = input.steps.flatMap((step) => (step.kind === 'learning' ? [step.contentId ?? ''] : []));
  const known = await contentHeadlines(
    tx.db,
    contentIds.filter((id) => id),
    tx.locale,
  );
  input.steps.forEach((step, index) => {
    if (step.kind !== 'learning') return;
    if (!step.contentId) throw invalidField(`steps.${index}.contentId`, 'choose a catalogue item');
    if (!known.has(step.contentId)) throw invalidField(`steps.${index}.contentId`, 'no such catalogue item');
  });
}

const templateColumns = (input: TemplateInput) => ({
  name: input.name,
  description: input.description,
  criteria: input.criteria ? JSON.stringify(input.criteria) : null,
  is_active: input.isActive,
});

/** Adds a template; with a rule it starts assigning (the background job, and straight away). */
export async function createTemplate(ctx: Ctx, input: TemplateInput) {
  assertManage(ctx);
  const id = await runChange(ctx, async (tx) => {
    await assertTemplate(tx, input);
    const columns = templateColumns(input);
    const { id } = await insertTemplate(tx.db, {
      ...columns,
      created_by: tx.auth.kind === 'person' ? personIdOf(tx.auth) : null,
    });
    await replaceTemplateSteps(tx.db, id, input.steps);
    tx.record({
      action: 'onboarding_template.created',
      subjectId: id,
      changes: { ...columns, steps: input.steps.length },
    });
    return id;
  });
  if (input.criteria && input.isActive) await assignByRule(ctx, { templateId: id });
  return id;
}

/** Changes a template and its steps; journeys already under way keep the steps they were given. */
export async function changeTemplate(ctx: Ctx, id: string, input: TemplateInput) {
  assertManage(ctx);
  await runChange(ctx, async (tx) => {
    if (!(await lockTemplate(tx.db, id))) throw notFound('Onboarding template');
    await assertTemplate(tx, input);
    const columns = templateColumns(input);
    await updateTemplate(tx.db, id, columns);
    await replaceTemplateSteps(tx.db, id, input.steps);
    tx.record({
      action: 'onboarding_template.updated',
      subjectId: id,
      changes: { ...columns, steps: input.steps.length },
    });
  });
  if (input.criteria && input.isActive) await assignByRule(ctx, { templateId: id });
}

/** Starts a journey: the template's steps with their due dates counted from the start date. */
async function startJourney(
  tx: ChangeCtx<OrgContext>,
  input: {
    personId: string;
    templateId: string;
    templateName: string;
    buddyId: string | null;
    startDate: string;
    source: 'rule' | 'hand';
    baseUrl?: string;
  },
) {
  const { id } = await insertJourney(tx.db, {
    person_id: input.personId,
    template_id: input.templateId,
    template_name: input.templateName,
    buddy_id: input.buddyId,
    start_date: input.startDate,
    source: input.source,
    assigned_by: tx.auth?.kind === 'person' ? tx.auth.personId : null,
  });
  const steps = await templateSteps(tx.db, input.templateId);
  await insertJourneySteps(
    tx.db,
    steps.map((step) => ({
      journey_id: id,
      position: step.position,
      kind: step.kind,
      title: step.title,
      description: step.description,
      owner: step.owner,
      content_id: step.content_id,
      due_date: addDays(input.startDate, step.day_offset),
    })),
  );
  tx.record({
    action: 'onboarding_journey.assigned',
    subjectId: id,
    changes: {
      personId: input.personId,
      templateId: input.templateId,
      buddyId: input.buddyId,
      startDate: input.startDate,
      source: input.source,
    },
  });
  if (input.buddyId && input.baseUrl) await notifyBuddy(tx, id, input.baseUrl);
  return id;
}

/**
 * L&D or HR give someone a journey by hand (a newcomer the rule does not reach, or a role change), with
 * a buddy. Day 0 is the given date, else the person's start date, else today.
 */
export async function assignJourney(
  ctx: Ctx,
  input: { personId: string; templateId: string; buddyId: string | null; startDate: string | null },
  options: { baseUrl: string },
) {
  assertManage(ctx);
  return runChange(ctx, async (tx) => {
    const template = await lockTemplate(tx.db, input.templateId);
    if (!template) throw invalidField('templateId', 'no such onboarding template');
    const ids = [input.personId, ...(input.buddyId ? [input.buddyId] : [])];
    const people = await peopleByIds(tx.db, ids);
    const person = people.find((candidate) => candidate.id === input.personId);
    if (!person || person.status === 'left') throw invalidField('personId', 'no such person');
    if (input.buddyId) {
      if (input.buddyId === input.personId) throw invalidField('buddyId', 'a buddy is someone else');
      const buddy = people.find((candidate) => candidate.id === input.buddyId);
      if (!buddy || buddy.status === 'left') throw invalidField('buddyId', 'no such person');
    }
    return startJourney(tx, {
      personId: input.personId,
      templateId: template.id,
      templateName: template.name,
      buddyId: input.buddyId,
      startDate: input.startDate ?? person.start_date ?? tx.today(),
      source: 'hand',
      baseUrl: options.baseUrl,
    });
  });
}

/** Everyone the active rules reach who has no journey from that template yet; idempotent. */
export async function assignByRule(ctx: OrgContext, options: { templateId?: string } = {}) {
  return runChange(ctx, async (tx) => {
    let made = 0;
    for (const template of await ruleTemplates(tx.db)) {
      if (options.templateId && template.id !== options.templateId) continue;
      const reached = await audienceOf(
        tx.db,
        { condition: 'criteria', parameter: null, criteria: template.criteria as AudienceCriteria },
        { today: tx.today() },
      );
      const already = await peopleWithJourneyFrom(tx.db, template.id, reached);
      const people = await peopleByIds(
        tx.db,
        reached.filter((id) => !already.has(id)),
      );
      for (const person of people) {
        if (!person.start_date) continue;
        await startJourney(tx, {
          personId: person.id,
          templateId: template.id,
          templateName: template.name,
          buddyId: null,
          startDate: person.start_date,
          source: 'rule',
        });
        made++;
      }
    }
    return made;
  });
}

async function lockedJourney(tx: ChangeCtx<Ctx>, id: string) {
  const row = await lockJourney(tx.db, id);
  if (!row) throw notFound('Onboarding journey');
  const [journey] = await journeysWhere(tx.db, { id });
  if (!journey) throw notFound('Onboarding journey');
  return journey;
}

/** L&D/HR or the newcomer's manager choose (or change) the buddy. */
export async function changeBuddy(
  ctx: Ctx,
  id: string,
  buddyId: string | null,
  options: { baseUrl: string },
) {
  return runChange(ctx, async (tx) => {
    const journey = await lockedJourney(tx, id);
    const part = partIn(tx.auth, journey);
    if (part !== 'manager' && !canManageOnboarding(tx.auth)) throw forbidden();
    if (buddyId) {
      if (buddyId === journey.person_id) throw invalidField('buddyId', 'a buddy is someone else');
      const [buddy] = await peopleByIds(tx.db, [buddyId]);
      if (!buddy || buddy.status === 'left') throw invalidField('buddyId', 'no such person');
    }
    if (buddyId === journey.buddy_id) return;
    await setBuddy(tx.db, id, buddyId);
    tx.record({
      action: 'onboarding_journey.buddy_changed',
      subjectId: id,
      changes: { before: journey.buddy_id, after: buddyId },
    });
    if (buddyId) await notifyBuddy(tx, id, options.baseUrl);
  });
}

/** The step's owner (or L&D/HR) ticks it off, or undoes that. Answers the journey's id. */
export async function tickStep(ctx: Ctx, stepId: string, done: boolean) {
  return runChange(ctx, async (tx) => {
    const found = await findStep(tx.db, stepId);
    if (!found) throw notFound('Onboarding step');
    const journey = await lockedJourney(tx, found.journey_id);
    if (!partIn(tx.auth, journey)) throw forbidden();
    const step = (await findStep(tx.db, stepId))!;
    if (!canTick(tx.auth, step, journey)) throw forbidden('Only who does this step ticks it off.');
    if (Boolean(step.done_at) === done) return journey.id;
    await setStepDone(
      tx.db,
      stepId,
      tx.auth.kind === 'person' ? tx.auth.personId : null,
      done ? tx.now() : null,
    );
    tx.record({
      action: done ? 'onboarding_journey.step_done' : 'onboarding_journey.step_reopened',
      subjectId: journey.id,
      changes: { stepId, title: step.title },
    });
    return journey.id;
  });
}
