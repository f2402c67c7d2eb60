import { addDays, calendarDateOf } from '../core/calendar.ts';
import type { Db } from '../db/database.ts';
import { forOrganisation } from '../db/tenant.ts';
import { buildOrganisation, buildOrgUnit, buildPerson } from '../factories/factories.ts';
import { hashPassword } from '../modules/auth/index.ts';
import type { FileStorage } from '../modules/files/files.storage.ts';
import { seedCampaigns } from './campaigns.ts';
import { seedCatalogue } from './catalogue/demo.ts';
import { demoAccounts, demoPassword, demoUnits, familyNames, givenNames } from './demo-data.ts';
import { seedDevelopment, seedPlanLearning } from './development.ts';
import { seedDirection } from './direction.ts';
import { seedLearningHistory } from './history.ts';
import { seedKnowledge } from './knowledge.ts';
import { seedOnboarding } from './onboarding.ts';
import { seedProgrammes } from './programmes.ts';
import { seedRecognition } from './recognition.ts';
import { seedSkills } from './skills.ts';
import { seedSurveys } from './surveys.ts';
import { seedTalent } from './talent.ts';
import { seedTimeAndEvents } from './time-and-events.ts';
import { seedWorkouts } from './workouts.ts';

export type DemoSummary = {
  organisationName: string;
  password: string;
  accounts: { role: string; email: string }[];
};

/** Seeds the demo organisation when the database has no organisation yet. */
export async function seedDemoIfEmpty(
  db: Db,
  options: { files?: FileStorage; onSeeding?: () => void } = {},
): Promise<DemoSummary | null> {
  const existing = await db.selectFrom('organisations').select(['id', 'name', 'is_demo']).execute();
  if (existing.length > 0) {
    const demo = existing.find((org) => org.is_demo);
    return demo ? summary(demo.name) : null;
  }
  options.onSeeding?.();
  return seedDemo(db, options);
}

const summary = (organisationName: string): DemoSummary => ({
  organisationName,
  password: demoPassword,
  accounts: demoAccounts.map((a) => ({ role: a.role, email: a.email })),
});

/** A deterministic pseudo-random sequence, so every fresh demo looks the same. */
function* numbers(seed: number) {
  let state = seed;
  while (true) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    yield state;
  }
}

export async function seedDemo(db: Db, options: { files?: FileStorage } = {}): Promise<DemoSummary> {
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction().execute(async (trx) => {
    const org = await buildOrganisation(trx, {
      name: 'Zorggroep De Linde (demo)',
      slug: 'de-linde-demo',
      isDemo: true,
    });
    const tenant = forOrganisation(trx, org.id);
    const random = numbers(42);
    // The high bits: this generator's low bits repeat after a few steps (too many "Bart Dekker"s).
    const pick = <T>(list: readonly T[]) => list[(random.next().value! >>> 12) % list.length]!;
    const unitIds = new Map<string, string>();
    const heads = new Map<string, string>();
    let employeeNumber = 1000;
    const usedEmails = new Set<string>();

    for (const unit of demoUnits) {
      const built = await buildOrgUnit(trx, org.id, {
        name: unit.name,
        code: unit.code,
        kind: unit.kind,
        parentId: unit.parent ? unitIds.get(unit.parent) : null,
      });
      unitIds.set(unit.code, built.id);
      const parentHead = unit.parent ? heads.get(unit.parent) : undefined;
      for (let index = 0; index < unit.size; index++) {
        const isHead = index === 0;
        const unitAccounts = demoAccounts.filter((a) => a.unit === unit.code);
        const headAccount = unitAccounts.find((a) => a.job === unit.jobs[0]);
        const account = isHead ? headAccount : unitAccounts.filter((a) => a !== headAccount)[index - 1];
        const [prefix, family] = account ? [account.prefix, account.family] : pick(familyNames);
        const given = account ? account.given : pick(givenNames);
        let email: string =
          account?.email ??
          `${given}.${prefix ? `${prefix.replaceAll(' ', '')}` : ''}${family}`
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/ı/g, 'i')
            .replace(/[^a-zA-Z.]/g, '')
            .toLowerCase()
            .concat('@delinde.demo');
        while (usedEmails.has(email)) email = email.replace('@', `${employeeNumber % 10}@`);
        usedEmails.add(email);
        const years = (random.next().value! >>> 12) % 15;
        const days = (random.next().value! >>> 12) % 330;
        const startDate = new Date(Date.UTC(2025 - years, 0, 1) + days * 86400_000)
          .toISOString()
          .slice(0, 10);
        const person = await buildPerson(trx, org.id, {
          email,
          givenName: given,
          familyNamePrefix: prefix,
          familyName: family,
          employeeNumber: String(employeeNumber++),
          jobTitle:
            account?.job ??
            (isHead ? unit.jobs[0]! : pick(unit.jobs.slice(1).length ? unit.jobs.slice(1) : unit.jobs)),
          orgUnitId: built.id,
          managerId: isHead ? (parentHead ?? null) : heads.get(unit.code)!,
          startDate,
          status: index === unit.size - 1 && unit.size > 10 ? 'leaving' : 'active',
          roles: account ? [...account.roles] : [],
          passwordHash: account ? passwordHash : undefined,
          locale: given === 'Priya' || given === 'Olivier' ? 'en' : null,
        });
        if (isHead) {
          heads.set(unit.code, person.id);
          await tenant
            .updateTable('org_units')
            .set({ head_id: person.id })
            .where('id', '=', built.id)
            .execute();
        }
      }
    }
    // Two new starters next month in the manager's team show what onboarding will look like.
    const nextMonth = addDays(calendarDateOf(new Date()), 20);
    for (const [given, prefix, family] of [
      ['Lieke', 'van', 'Rijn'],
      ['Kerem', null, 'Aydın'],
    ] as const) {
      await buildPerson(trx, org.id, {
        email: `${given.toLowerCase()}.${family.toLowerCase().replace('ı', 'i')}@delinde.demo`,
        givenName: given,
        familyNamePrefix: prefix,
        familyName: family,
        employeeNumber: String(employeeNumber++),
        jobTitle: 'Verzorgende IG',
        orgUnitId: unitIds.get('WZ-LH1')!,
        managerId: heads.get('WZ-LH1')!,
        startDate: nextMonth,
      });
    }
    await seedSkills(trx, org.id, () => random.next().value! / 2 ** 31);
    await seedDirection(trx, org.id);
    await seedDevelopment(trx, org.id);
    await seedCatalogue(trx, org.id, options);
    await seedPlanLearning(trx, org.id);
    await seedTimeAndEvents(trx, org.id);
    await seedOnboarding(trx, org.id);
    await seedProgrammes(trx, org.id);
    await seedWorkouts(trx, org.id);
    await seedKnowledge(trx, org.id);
    await seedRecognition(trx, org.id);
    await seedCampaigns(trx, org.id);
    await seedSurveys(trx, org.id);
    await seedTalent(trx, org.id);
    // Last: a year of learning behind all of the above, and insight's summary tables rebuilt over it.
    await seedLearningHistory(trx, org.id);
  });
  return summary('Zorggroep De Linde (demo)');
}
