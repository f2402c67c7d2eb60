import { formatCalendarDate } from '../../core/calendar.ts';
import type { OrgContext } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { notifyPerson } from '../notifications/index.ts';
import { displayName } from '../people/index.ts';
import { ownerOf } from './onboarding.policy.ts';
import { findStep, journeysWhere, peopleByIds } from './onboarding.repository.ts';

// Messages about a journey, in the reader's language: to the buddy when chosen, to a step's owner when due.

export const journeyUrl = (baseUrl: string) => `${baseUrl}/onboarding`;

async function newcomerName(tenant: TenantDb, personId: string) {
  const [person] = await peopleByIds(tenant, [personId]);
  return person ? displayName(person) : '';
}

export async function notifyBuddy(tx: Pick<OrgContext, 'db'>, journeyId: string, baseUrl: string) {
  const [journey] = await journeysWhere(tx.db, { id: journeyId });
  if (!journey?.buddy_id) return;
  const newcomer = await newcomerName(tx.db, journey.person_id);
  await notifyPerson(tx.db, journey.buddy_id, {
    kind: 'onboarding_buddy',
    vars: ({ name, locale }) => ({
      name,
      newcomer,
      start: formatCalendarDate(journey.start_date, locale),
      link: journeyUrl(baseUrl),
    }),
  });
}

/** Tells the owner of a step that it is due; answers whether someone was told. */
export async function notifyStepDue(tx: Pick<OrgContext, 'db'>, stepId: string, baseUrl: string) {
  const step = await findStep(tx.db, stepId);
  if (!step) return false;
  const [journey] = await journeysWhere(tx.db, { id: step.journey_id });
  if (!journey) return false;
  const owner = ownerOf(step, journey);
  if (!owner) return false;
  const newcomer = await newcomerName(tx.db, journey.person_id);
  await notifyPerson(tx.db, owner, {
    kind: 'onboarding_step_due',
    vars: ({ name, locale }) => ({
      name,
      newcomer,
      title: step.title,
      due: formatCalendarDate(step.due_date, locale),
      link: journeyUrl(baseUrl),
    }),
  });
  return true;
}
