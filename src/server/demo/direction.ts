import type { Executor } from '../db/database.ts';
import { seedDirectionAnnouncements } from './direction-announcements.ts';
import { seedDirectionConsultation } from './direction-consultation.ts';
import { loadDirectionContext } from './direction-context.ts';
import { seedDirectionGoals } from './direction-goals.ts';
import { seedDirectionValues } from './direction-values.ts';

// Direction for Zorggroep De Linde: why we exist, what we value, where we are going, and how we
// asked the works council before making it final.

export async function seedDirection(db: Executor, organisationId: string) {
  const context = await loadDirectionContext(db, organisationId);
  await seedDirectionValues(context);
  const goals = await seedDirectionGoals(context);
  const { consultation, respondents } = await seedDirectionConsultation(context, goals);
  await seedDirectionAnnouncements(context, consultation, respondents);
}
