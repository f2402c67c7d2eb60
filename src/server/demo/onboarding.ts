import { addDays, calendarDateOf } from '../core/calendar.ts';
import type { Db } from '../db/database.ts';
import { buildPerson } from '../factories/factories.ts';
import { assignJourney, createTemplate, tickStep } from '../modules/onboarding/index.ts';
import { demoActors } from './demo-actors.ts';

// Onboarding for Zorggroep De Linde: L&D's template "Inwerken Zorg" (ten steps over the first six weeks,
// assigned by rule to everyone in Wonen en Zorg who starts within a month) and two newcomers in the
// demo manager's team, twelve and nineteen days in, with the demo employee as one's buddy. Through the
// same use cases as the API.

const baseUrl = 'http://localhost:3000';

export async function seedOnboarding(db: Db, organisationId: string) {
  const { tenant, actingAs, as } = demoActors(db, organisationId);
  const byEmail = async (email: string) =>
    tenant
      .selectFrom('people')
      .select(['id', 'org_unit_id'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
  const ld = as((await byEmail('leren@delinde.demo')).id, ['employee', 'ld_admin']);
  const manager = await byEmail('teamleider@delinde.demo');
  const employee = await byEmail('medewerker@delinde.demo');
  // A learning step opens its catalogue item; without the item (a demo seeded without media) it is a task.
  const learn = async (title: string, dayOffset: number) => {
    const found = await tenant
      .selectFrom('content_versions')
      .select('item_id')
      .where('title', '=', title)
      .where('language', '=', 'nl')
      .executeTakeFirst();
    return {
      kind: found ? ('learning' as const) : ('task' as const),
      title,
      description: null,
      dayOffset,
      owner: 'newcomer' as const,
      contentId: found?.item_id ?? null,
    };
  };
  const careUnit = await tenant
    .selectFrom('org_units')
    .select('id')
    .where('code', '=', 'WZ')
    .executeTakeFirst();

  const templateId = await createTemplate(actingAs(ld), {
    name: 'Inwerken Zorg',
    description:
      'De eerste zes weken van een nieuwe collega in de zorg: welkom, je buddy, veilig werken, meelopen en het gesprek na een maand.',
    criteria: careUnit
      ? {
          unitIds: [careUnit.id],
          jobRoleIds: [],
          roles: [],
          statuses: ['active'],
          startDateFrom: null,
          startDateTo: null,
          startsWithinDays: 30,
        }
      : null,
    isActive: true,
    steps: [
      {
        kind: 'buddy',
        title: 'Kennismaken met je buddy',
        description:
          'Koffie op de afdeling: wie is wie, waar vind je wat, en wanneer lopen jullie samen een dienst.',
        dayOffset: 0,
        owner: 'newcomer',
        contentId: null,
      },
      {
        kind: 'task',
        title: 'Rondleiding over de afdeling en de locatie',
        description: 'Laat de nooduitgangen, de medicijnkamer, de linnenkamer en de koffiehoek zien.',
        dayOffset: 0,
        owner: 'buddy',
        contentId: null,
      },
      await learn('Welkom bij De Linde', 1),
      await learn('Je eerste dag: inloggen, rooster en ECD', 1),
      await learn('Veilig werken: BHV en calamiteiten', 3),
      {
        kind: 'task',
        title: 'Een dienst meelopen met je buddy',
        description: 'Noteer drie dingen die je opvielen en bespreek ze na afloop.',
        dayOffset: 5,
        owner: 'buddy',
        contentId: null,
      },
      await learn('Onze kernwaarden: warm, vakkundig, samen', 7),
      {
        kind: 'check_in',
        title: 'Gesprek na twee weken: hoe gaat het?',
        description: 'Een kwartier: wat gaat goed, wat is nog onduidelijk, wat heb je nodig?',
        dayOffset: 14,
        owner: 'manager',
        contentId: null,
      },
      await learn('Check: ken je De Linde?', 21),
      {
        kind: 'check_in',
        title: 'Gesprek na 30 dagen met je leidinggevende',
        description: 'Terugblik op de eerste maand en afspraken over je ontwikkelplan.',
        dayOffset: 30,
        owner: 'manager',
        contentId: null,
      },
    ],
  });

  // Two newcomers in the demo manager's team, on their way.
  const today = calendarDateOf(new Date());
  const colleague = await tenant
    .selectFrom('people')
    .select('id')
    .where('manager_id', '=', manager.id)
    .where('email', '<>', 'medewerker@delinde.demo')
    .where('status', '=', 'active')
    // An experienced colleague, not one of next month's starters.
    .where('start_date', '<', addDays(today, -365))
    .orderBy('family_name')
    .executeTakeFirstOrThrow();
  const newcomers = [
    { given: 'Sanne', prefix: null, family: 'Dekker', daysIn: 12, buddyId: employee.id },
    { given: 'Youssef', prefix: 'el', family: 'Amrani', daysIn: 19, buddyId: colleague.id },
  ];
  for (const newcomer of newcomers) {
    const startDate = addDays(today, -newcomer.daysIn);
    const person = await buildPerson(db, organisationId, {
      email: `${newcomer.given.toLowerCase()}.${newcomer.family.toLowerCase()}@delinde.demo`,
      givenName: newcomer.given,
      familyNamePrefix: newcomer.prefix,
      familyName: newcomer.family,
      jobTitle: 'Verzorgende IG',
      orgUnitId: employee.org_unit_id,
      managerId: manager.id,
      startDate,
    });
    const journeyId = await assignJourney(
      actingAs(ld),
      { personId: person.id, templateId, buddyId: newcomer.buddyId, startDate },
      { baseUrl },
    );
    // What was due a few days ago is done, by whoever owns it; the newest steps are still open.
    const steps = await tenant
      .selectFrom('onboarding_journey_steps')
      .select(['id', 'owner', 'due_date'])
      .where('journey_id', '=', journeyId)
      .orderBy('position')
      .execute();
    const ownerAuth = {
      newcomer: as(person.id),
      buddy: as(newcomer.buddyId),
      manager: as(manager.id, ['employee', 'manager']),
    };
    for (const step of steps) {
      if (step.due_date > addDays(today, -4)) continue;
      await tickStep(actingAs(ownerAuth[step.owner]), step.id, true);
      await tenant
        .updateTable('onboarding_journey_steps')
        .set({
          done_at: new Date(`${step.due_date}T15:00:00Z`),
          notified_at: new Date(`${step.due_date}T07:00:00Z`),
        })
        .where('id', '=', step.id)
        .execute();
    }
  }
}
