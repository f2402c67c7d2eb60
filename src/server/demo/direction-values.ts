import type { TenantDb } from '../db/tenant.ts';
import type { DirectionContext } from './direction-context.ts';

// Why we exist and what we value: mission, vision and strategy, core values and core competencies.

const behaviours = (...levels: string[]) =>
  JSON.stringify(levels.map((description, i) => ({ level: i + 1, description })));

// Each competency with the skills of the skills demo that make it concrete (by Dutch skill name;
// seedSkills runs first). A missing skill is skipped, so the direction demo also runs on its own.
const competencySkills: [competency: string, skills: string[]][] = [
  ['Klantgerichtheid', ['Klantgerichtheid', 'Gesprekken met cliënten', 'Omgaan met naasten']],
  ['Samenwerken', ['Samenwerken in een team', 'Interprofessioneel samenwerken', 'Overdracht geven']],
  ['Leervermogen', ['Zelfreflectie', 'Feedback geven en ontvangen']],
  ['Digitale vaardigheid', ['Elektronisch cliëntdossier', 'Digitale basisvaardigheden', 'Zorgtechnologie']],
  ['Verantwoordelijkheid nemen', ['Werken volgens protocollen', 'Incidenten melden']],
  ['Signaleren', ['Rapporteren', 'Vitale functies meten', 'Valpreventie']],
];

async function linkCompetencySkills(tenant: TenantDb) {
  const competencies = await tenant.selectFrom('core_competencies').select(['id', 'name']).execute();
  const skills = await tenant.selectFrom('skills').select(['id', 'name_nl']).execute();
  const competencyId = new Map(competencies.map((c) => [c.name, c.id]));
  const skillId = new Map(skills.map((s) => [s.name_nl, s.id]));
  const rows = competencySkills.flatMap(([competency, names]) =>
    names
      .filter((name) => skillId.has(name) && competencyId.has(competency))
      .map((name) => ({ competency_id: competencyId.get(competency)!, skill_id: skillId.get(name)! })),
  );
  if (rows.length) await tenant.insertInto('competency_skills', rows).execute();
}

export async function seedDirectionValues({ tenant, owner }: DirectionContext) {
  const statements: [string, 'nl' | 'en', string][] = [
    [
      'mission',
      'nl',
      'Wij zorgen dat ouderen in de regio zo lang mogelijk het leven kunnen leiden dat bij hen past: thuis of bij ons, met aandacht, vakmanschap en warmte.',
    ],
    [
      'mission',
      'en',
      'We make sure older people in our region can live the life that suits them for as long as possible: at home or with us, with attention, craftsmanship and warmth.',
    ],
    [
      'vision',
      'nl',
      'In 2029 is De Linde de plek waar zorgprofessionals willen werken en blijven, omdat ze hier kunnen groeien. Technologie neemt routinewerk over, zodat er meer tijd is voor de cliënt.',
    ],
    [
      'vision',
      'en',
      'By 2029 De Linde is where care professionals want to work and stay, because they can grow here. Technology takes over routine work, so there is more time for the client.',
    ],
    [
      'strategy',
      'nl',
      'We investeren in leren op de werkvloer, zelforganiserende teams met sterke teamleiders, slimme zorgtechnologie en samenwerking met huisartsen en gemeenten.',
    ],
  ];
  // The first mission had one earlier version, so the history shows how it changed.
  await tenant
    .insertInto('direction_statements', {
      kind: 'mission',
      locale: 'nl',
      version: 1,
      body: 'Wij bieden goede zorg aan ouderen in de regio.',
      period_start: '2024-01-01',
      period_end: '2026-12-31',
      created_by: owner,
    })
    .execute();
  for (const [kind, locale, body] of statements)
    await tenant
      .insertInto('direction_statements', {
        kind: kind as 'mission',
        locale,
        version: kind === 'mission' && locale === 'nl' ? 2 : 1,
        body,
        period_start: '2027-01-01',
        period_end: '2029-12-31',
        created_by: owner,
      })
      .execute();

  await tenant
    .insertInto('core_values', [
      {
        name: 'Aandacht',
        description: 'We zien de mens achter de cliënt en de collega.',
        position: 1,
        behaviours: behaviours(
          'Vraagt door naar wat iemand belangrijk vindt.',
          'Past de zorg aan op levensverhaal en wensen.',
          'Maakt in het team ruimte voor wat cliënten echt willen.',
        ),
      },
      {
        name: 'Vakmanschap',
        description: 'We leren elke dag en doen wat we afspreken.',
        position: 2,
        behaviours: behaviours(
          'Werkt volgens de afgesproken protocollen.',
          'Deelt nieuwe kennis met collega’s.',
          'Neemt het initiatief om werkwijzen te verbeteren.',
        ),
      },
      {
        name: 'Samen',
        description: 'We werken als één team, met familie, vrijwilligers en huisarts.',
        position: 3,
        behaviours: behaviours(
          'Helpt collega’s zonder dat erom gevraagd wordt.',
          'Betrekt familie en mantelzorgers bij de zorg.',
          'Bouwt bruggen tussen teams en met partners.',
        ),
      },
      {
        name: 'Moed',
        description: 'We zeggen wat we zien en durven nieuwe dingen te proberen.',
        position: 4,
        behaviours: behaviours(
          'Benoemt het als iets niet goed gaat.',
          'Geeft en vraagt feedback.',
          'Probeert nieuwe werkwijzen uit en leert van fouten.',
        ),
      },
    ])
    .execute();
  await tenant
    .insertInto('core_competencies', [
      {
        name: 'Klantgerichtheid',
        description: 'De wensen van de cliënt staan voorop.',
        position: 1,
        behaviours: behaviours(
          'Luistert en vat samen.',
          'Stemt de zorg af met cliënt en familie.',
          'Vertaalt signalen naar verbeteringen.',
        ),
      },
      {
        name: 'Samenwerken',
        description: 'Bijdragen aan een gezamenlijk resultaat.',
        position: 2,
        behaviours: behaviours(
          'Houdt zich aan afspraken.',
          'Stemt actief af met andere disciplines.',
          'Versterkt de samenwerking in de keten.',
        ),
      },
      {
        name: 'Leervermogen',
        description: 'Nieuwe kennis en vaardigheden eigen maken en toepassen.',
        position: 3,
        behaviours: behaviours(
          'Staat open voor feedback.',
          'Zoekt zelf leerkansen.',
          'Helpt anderen leren als buddy of mentor.',
        ),
      },
      {
        name: 'Digitale vaardigheid',
        description: 'Zorgtechnologie en het ECD vlot en veilig gebruiken.',
        position: 4,
        behaviours: behaviours(
          'Rapporteert in het ECD.',
          'Gebruikt domotica en beeldbellen.',
          'Helpt collega’s en cliënten met technologie.',
        ),
      },
      {
        name: 'Verantwoordelijkheid nemen',
        description: 'Eigenaarschap tonen voor werk en ontwikkeling.',
        position: 5,
        behaviours: behaviours(
          'Maakt het eigen werk af.',
          'Spreekt anderen aan op afspraken.',
          'Neemt regie over de eigen ontwikkeling.',
        ),
      },
      {
        name: 'Signaleren',
        description: 'Veranderingen bij de cliënt tijdig zien en melden.',
        position: 6,
        behaviours: behaviours(
          'Merkt veranderingen op.',
          'Rapporteert en overlegt tijdig.',
          'Zet signalen om in preventieve acties.',
        ),
      },
    ])
    .execute();
  await linkCompetencySkills(tenant);
}
