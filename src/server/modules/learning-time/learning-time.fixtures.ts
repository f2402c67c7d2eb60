import type { Db } from '../../db/database.ts';
import { buildPerson } from '../../factories/factories.ts';
import { type Client, signInAs, testPassword } from '../../test/test-app.ts';

// Test helpers: the week view's answer as tests read it, and Noor — a nurse on a 24-hour contract in
// a unit, under the organisation's manager — whose norm follows from those facts.

export type Week = {
  weekStart: string;
  normMinutes: number;
  reservedMinutes: number;
  learnedMinutes: number;
  occurrences: { blockId: string; date: string; startTime: string; title: string }[];
  entries: { id: string; minutes: number; source: string; description: string | null }[];
  proposals: { id: string; title: string; answer: string; proposedBy: string }[];
};

export async function buildNurse(
  app: Parameters<typeof signInAs>[0],
  db: Db,
  org: { organisation: { id: string }; people: { manager: { id: string } } },
  orgUnitId: string,
): Promise<{ id: string; client: Client }> {
  const person = await buildPerson(db, org.organisation.id, {
    givenName: 'Noor',
    orgUnitId,
    managerId: org.people.manager.id,
    contractHours: 24,
    password: testPassword,
  });
  return { id: person.id, client: await signInAs(app, person) };
}
