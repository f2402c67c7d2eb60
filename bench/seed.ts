import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../src/server/db/database.ts';
import type { PersonStatus } from '../src/server/db/schema.ts';
import { familyNames, givenNames } from '../src/server/demo/demo-data.ts';
import { buildOrganisation } from '../src/server/factories/factories.ts';
import { hashPassword } from '../src/server/modules/auth/index.ts';

// A large organisation for the benchmark, in the shape the factories build (same tables and defaults),
// but inserted with multi-row statements: one row at a time would take minutes for 10,000 people.

export const benchAdmin = { email: 'admin@bench.test', password: 'benchmark-admin-password' };

export type SeededOrganisation = {
  organisationId: string;
  people: number;
  units: number;
  largestUnitId: string;
  largestUnitMembers: number;
  seconds: number;
};

const divisions = 8;
const teamsPerDivision = 12;
const largestTeamSize = 400;
const jobs = [
  'Verpleegkundige',
  'Verzorgende IG',
  'Helpende Zorg & Welzijn',
  'Begeleider',
  'Fysiotherapeut',
  'Activiteitenbegeleider',
  'Medewerker facilitair',
  'Secretaresse',
  'Planner',
  'Leerling verpleegkundige',
];

/** A deterministic pseudo-random sequence, so every run seeds the same organisation. */
function randomFrom(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    // The high bits: a linear congruential generator's low bits repeat with a short period.
    return Math.floor((state / 2 ** 31) * below);
  };
}

type UnitRow = {
  organisation_id: string;
  id: string;
  parent_id: string | null;
  code: string;
  name: string;
  kind: 'organisation' | 'division' | 'team';
};

export async function seedLargeOrganisation(db: Db, peopleCount = 10_000): Promise<SeededOrganisation> {
  const started = performance.now();
  const random = randomFrom(7);
  const organisation = await buildOrganisation(db, { name: 'Zorggroep Benchmark', slug: 'bench' });
  const organisationId = organisation.id;

  // Three levels: the organisation, its divisions, their teams.
  const root: UnitRow = {
    organisation_id: organisationId,
    id: randomUUID(),
    parent_id: null,
    code: 'ZGB',
    name: 'Zorggroep Benchmark',
    kind: 'organisation',
  };
  const units: UnitRow[] = [root];
  const teams: UnitRow[] = [];
  for (let d = 1; d <= divisions; d++) {
    const division: UnitRow = {
      organisation_id: organisationId,
      id: randomUUID(),
      parent_id: root.id,
      code: `D${d}`,
      name: `Divisie ${d}`,
      kind: 'division',
    };
    units.push(division);
    for (let t = 1; t <= teamsPerDivision; t++) {
      const team: UnitRow = {
        organisation_id: organisationId,
        id: randomUUID(),
        parent_id: division.id,
        code: `D${d}-T${t}`,
        name: `Team ${d}.${t}`,
        kind: 'team',
      };
      units.push(team);
      teams.push(team);
    }
  }
  await db.insertInto('org_units').values(units).execute();

  // Heads first (each unit's head reports to the head of the unit above), then everyone else.
  const heads = new Map<string, string>();
  for (const unit of units) heads.set(unit.id, randomUUID());
  const nonHeads = peopleCount - units.length - 1; // one more: the admin
  const otherTeams = teams.length - 1;
  const sizeOf = (teamIndex: number) =>
    teamIndex === 0
      ? largestTeamSize - 1
      : Math.floor((nonHeads - (largestTeamSize - 1)) / otherTeams) +
        (teamIndex <= (nonHeads - (largestTeamSize - 1)) % otherTeams ? 1 : 0);

  const adminHash = await hashPassword(benchAdmin.password);
  const usedEmails = new Set<string>();
  let number = 100_000;
  const person = (unit: UnitRow, id: string, managerId: string | null, job: string) => {
    const given = givenNames[random(givenNames.length)]!;
    const [prefix, family] = familyNames[random(familyNames.length)]!;
    const local = `${given}.${prefix ? prefix.replaceAll(' ', '') : ''}${family}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-zA-Z.]/g, '')
      .toLowerCase();
    let email = `${local}@bench.test`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@bench.test`;
    usedEmails.add(email);
    const roll = random(100);
    const years = random(20);
    return {
      organisation_id: organisationId,
      id,
      employee_number: String(number++),
      email,
      given_name: given,
      family_name_prefix: prefix,
      family_name: family,
      job_title: job,
      org_unit_id: unit.id,
      manager_id: managerId,
      start_date: `${2025 - years}-${String(1 + random(12)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`,
      status: (roll < 2 ? 'left' : roll < 4 ? 'leaving' : 'active') as PersonStatus,
      password_hash: null as string | null,
    };
  };

  const rows: ReturnType<typeof person>[] = [];
  for (const unit of units) {
    const job =
      unit.kind === 'organisation' ? 'Bestuurder' : unit.kind === 'division' ? 'Manager' : 'Teamleider';
    rows.push({
      ...person(unit, heads.get(unit.id)!, unit.parent_id ? heads.get(unit.parent_id)! : null, job),
      status: 'active',
    });
  }
  rows.push({
    ...person(root, randomUUID(), heads.get(root.id)!, 'HR-adviseur'),
    email: benchAdmin.email,
    password_hash: adminHash,
    status: 'active',
  });
  const adminId = rows.at(-1)!.id;
  teams.forEach((team, index) => {
    for (let i = 0; i < sizeOf(index); i++) {
      rows.push(person(team, randomUUID(), heads.get(team.id)!, jobs[random(jobs.length)]!));
    }
  });
  for (let start = 0; start < rows.length; start += 1000) {
    await db
      .insertInto('people')
      .values(rows.slice(start, start + 1000))
      .execute();
  }
  for (const unit of units) {
    await db
      .updateTable('org_units')
      .set({ head_id: heads.get(unit.id)! })
      .where('organisation_id', '=', organisationId)
      .where('id', '=', unit.id)
      .execute();
  }
  await db
    .insertInto('person_roles')
    .values([
      { organisation_id: organisationId, person_id: adminId, role: 'owner' },
      { organisation_id: organisationId, person_id: adminId, role: 'hr_admin' },
    ])
    .execute();
  // Fresh statistics, as a database that has been running a while would have.
  await sql`ANALYZE`.execute(db);
  return {
    organisationId,
    people: rows.length,
    units: units.length,
    largestUnitId: teams[0]!.id,
    largestUnitMembers: largestTeamSize,
    seconds: (performance.now() - started) / 1000,
  };
}
