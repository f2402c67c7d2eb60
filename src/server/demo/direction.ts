import type { Executor } from '../db/database.ts';
import { forOrganisation, type TenantDb } from '../db/tenant.ts';
import { notify } from '../modules/notifications/index.ts';

// Direction for Zorggroep De Linde: why we exist, what we value, where we are going, and how we
// asked the works council before making it final.

const behaviours = (...levels: string[]) =>
  JSON.stringify(levels.map((description, i) => ({ level: i + 1, description })));
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

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

export async function seedDirection(db: Executor, organisationId: string) {
  const tenant = forOrganisation(db, organisationId);
  const units = await tenant.selectFrom('org_units').select(['id', 'code', 'head_id']).execute();
  const unit = (code: string) => units.find((u) => u.code === code)!;
  const people = await tenant
    .selectFrom('people')
    .select(['id', 'email', 'org_unit_id'])
    .orderBy('employee_number')
    .execute();
  const byEmail = (email: string) => people.find((p) => p.email === email)!.id;
  const owner = byEmail('bestuurder@delinde.demo');
  const hr = byEmail('hr@delinde.demo');
  const inUnit = (code: string) => people.filter((p) => p.org_unit_id === unit(code).id);

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

  const goal = async (
    title: string,
    description: string,
    ownerId: string,
    status: 'active' | 'draft',
    keyResults: [string, number, number, number, string][],
    options: { isConfidential?: boolean; position: number },
  ) => {
    const created = await tenant
      .insertInto('organisation_goals', {
        title,
        description,
        owner_id: ownerId,
        status,
        is_confidential: options.isConfidential ?? false,
        position: options.position,
        period_start: '2027-01-01',
        period_end: '2027-12-31',
        created_by: owner,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [index, [metric, start, target, current, unitLabel]] of keyResults.entries()) {
      const kr = await tenant
        .insertInto('key_results', {
          goal_id: created.id,
          metric,
          start_value: start,
          target_value: target,
          current_value: current,
          unit: unitLabel,
          position: index,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (current !== start)
        await tenant
          .insertInto('goal_check_ins', [
            {
              key_result_id: kr.id,
              value: start + (current - start) / 2,
              comment: 'Eerste meting na de start.',
              person_id: ownerId,
            },
            {
              key_result_id: kr.id,
              value: current,
              comment: 'Op koers; de teams pakken het goed op.',
              person_id: ownerId,
            },
          ])
          .execute();
    }
    return created.id;
  };
  const wzHead = unit('WZ').head_id ?? owner;
  const tzHead = unit('TZ').head_id ?? owner;
  const ecd = await goal(
    'Iedereen werkt vaardig met het nieuwe ECD',
    'Rapporteren kost minder tijd en is beter te lezen voor collega’s en familie.',
    wzHead,
    'active',
    [
      ['Medewerkers die de ECD-training afrondden', 0, 100, 64, '%'],
      ['Tijd aan rapportage per dienst', 45, 25, 35, 'minuten'],
    ],
    { position: 1 },
  );
  const verzuim = await goal(
    'Gezond en met plezier aan het werk',
    'Minder verzuim en meer werkplezier door aandacht voor duurzame inzetbaarheid.',
    hr,
    'active',
    [
      ['Ziekteverzuim', 7.8, 5.5, 6.6, '%'],
      ['Medewerkers met een ontwikkelgesprek', 40, 95, 71, '%'],
    ],
    { position: 2 },
  );
  const thuis = await goal(
    'Langer veilig thuis wonen',
    'Met domotica en beeldzorg kunnen cliënten langer thuis blijven.',
    tzHead,
    'active',
    [['Cliënten met beeldzorg', 30, 250, 140, 'cliënten']],
    { position: 3 },
  );
  const leren = await goal(
    'Elke collega leert in werktijd',
    'Leren hoort bij het werk: iedereen heeft tijd én een plan.',
    hr,
    'active',
    [
      ['Medewerkers met een POP', 20, 90, 55, '%'],
      ['Gemiddelde leertijd per maand', 1, 4, 2.5, 'uur'],
    ],
    { position: 4 },
  );
  await goal(
    'Locatie Beukenhof voorbereiden op nieuwbouw',
    'Vertrouwelijk tot het besluit van de raad van toezicht.',
    owner,
    'active',
    [['Bewoners met een verhuisplan', 0, 42, 0, 'bewoners']],
    { isConfidential: true, position: 5 },
  );

  const teamGoals: [string, string, string[]][] = [
    ['WZ-LH1', 'Elke dienst een ECD-kartrekker', [ecd]],
    ['WZ-LH1', 'Iedereen een leerdoel in het POP voor de zomer', [leren, verzuim]],
    ['WZ-LH2', 'Rapportage binnen 30 minuten per dienst', [ecd]],
    ['WZ-BH', 'Maandelijks een leermoment tijdens de overdracht', [leren]],
    ['TZ-N', '60 cliënten met beeldzorg in Noord', [thuis]],
    ['TZ-Z', 'Valpreventie bij alle nieuwe cliënten', [thuis]],
    ['TZ-O', 'Werkdruk bespreken in elk teamoverleg', [verzuim]],
  ];
  for (const [code, title, aligned] of teamGoals) {
    const team = units.find((u) => u.code === code);
    if (!team) continue;
    const created = await tenant
      .insertInto('team_goals', {
        org_unit_id: team.id,
        title,
        owner_id: team.head_id,
        period_start: '2027-01-01',
        period_end: '2027-12-31',
        created_by: team.head_id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tenant
      .insertInto(
        'team_goal_alignments',
        aligned.map((id) => ({ team_goal_id: created.id, organisation_goal_id: id })),
      )
      .execute();
  }

  // The works council: HR's Hatice plus three colleagues from the floor.
  const council = [inUnit('WZ-LH2')[3], inUnit('TZ-N')[2], inUnit('WZ-BH')[4]].filter(Boolean).map((p) => p!);
  await tenant
    .insertInto(
      'person_roles',
      council.map((p) => ({ person_id: p.id, role: 'works_council' as const })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  const consultation = await tenant
    .insertInto('consultations', {
      title: 'Concept-doelen 2027',
      description:
        'Dit zijn de doelen die we voor 2027 voorstellen. Herken je ze? Wat is haalbaar op de werkvloer?',
      subject_kind: 'goal_set',
      subject_ids: [ecd, verzuim, thuis, leren],
      audience_kind: 'works_council',
      closes_at: daysAgo(20),
      status: 'closed',
      outcome:
        'Dank voor jullie inbreng. We hebben de ECD-training verspreid over het hele jaar en leertijd expliciet in de roosters opgenomen. Het doel voor beeldzorg hebben we verlaagd van 300 naar 250 cliënten.',
      closed_at: daysAgo(18),
      created_by: owner,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const respondents = [hr, ...council.map((p) => p.id)];
  await tenant
    .insertInto(
      'consultation_participants',
      respondents.map((person_id) => ({ consultation_id: consultation.id, person_id })),
    )
    .execute();
  const named = [
    {
      person: hr,
      kind: 'support' as const,
      comment: 'Sterke doelen. Leren in werktijd is precies wat collega’s vragen.',
    },
    {
      person: council[0]?.id,
      kind: 'concern' as const,
      comment: 'De ECD-training in het eerste kwartaal valt samen met de griepperiode. Kan het later?',
    },
    {
      person: council[1]?.id,
      kind: 'question' as const,
      comment: 'Wie helpt cliënten die niet met een tablet overweg kunnen bij beeldzorg?',
    },
  ];
  for (const response of named) {
    if (!response.person) continue;
    const person = people.find((p) => p.id === response.person)!;
    const created = await tenant
      .insertInto('consultation_responses', {
        consultation_id: consultation.id,
        person_id: person.id,
        org_unit_id: person.org_unit_id,
        is_anonymous: false,
        kind: response.kind,
        comment: response.comment,
        created_on: daysAgo(25).toISOString().slice(0, 10),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (response.kind !== 'support')
      await tenant
        .insertInto('consultation_replies', {
          response_id: created.id,
          body:
            response.kind === 'concern'
              ? 'Goed punt: we spreiden de training over het hele jaar.'
              : 'De wijkteams krijgen een digicoach die cliënten thuis op weg helpt.',
          person_id: owner,
        })
        .execute();
  }
  const anonymous = await tenant
    .insertInto('consultation_responses', {
      consultation_id: consultation.id,
      person_id: null,
      org_unit_id: null,
      is_anonymous: true,
      kind: 'concern',
      comment: 'Leertijd klinkt mooi, maar met de huidige bezetting lukt dat niet zonder extra handen.',
      created_on: daysAgo(24).toISOString().slice(0, 10),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tenant
    .insertInto('consultation_replies', {
      response_id: anonymous.id,
      body: 'We nemen leertijd op in de roosters en zetten vaste invalkrachten in.',
      person_id: owner,
    })
    .execute();

  // Announcements: one for everyone, pinned and in two languages; one for Thuiszorg to confirm; one that echoes.
  const announce = async (
    values: {
      audience_kind: 'everyone' | 'units';
      audience_unit_ids?: string[];
      publish_at: Date;
      is_pinned?: boolean;
      requires_acknowledgement?: boolean;
      echo_every_days?: number | null;
    },
    translations: ['nl' | 'en', string, string][],
  ) => {
    const created = await tenant
      .insertInto('announcements', { ...values, notified_at: values.publish_at, created_by: owner })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tenant
      .insertInto(
        'announcement_translations',
        translations.map(([locale, title, body_html]) => ({
          announcement_id: created.id,
          locale,
          title,
          body_html,
        })),
      )
      .execute();
    return created.id;
  };
  const goalsAnnouncement = await announce(
    { audience_kind: 'everyone', publish_at: daysAgo(14), is_pinned: true, echo_every_days: 14 },
    [
      [
        'nl',
        'Onze doelen voor 2027 staan vast',
        '<p>Na overleg met de ondernemingsraad staan onze <strong>vier doelen voor 2027</strong> vast. Lees op de pagina <a href="/direction">Waarom en wat</a> hoe jouw team eraan bijdraagt.</p>',
      ],
      [
        'en',
        'Our goals for 2027 are set',
        '<p>After consulting the works council, our <strong>four goals for 2027</strong> are set. Read on the <a href="/direction">Why and what</a> page how your team contributes.</p>',
      ],
    ],
  );
  await announce(
    {
      audience_kind: 'units',
      audience_unit_ids: [unit('TZ').id],
      publish_at: daysAgo(5),
      requires_acknowledgement: true,
    },
    [
      [
        'nl',
        'Nieuw protocol valpreventie thuiszorg',
        '<p>Vanaf 1 maart werken we met het nieuwe valpreventieprotocol.</p><ul><li>Valrisico-check bij elke intake</li><li>Evaluatie na drie maanden</li></ul><p>Bevestig dat je het hebt gelezen.</p>',
      ],
      [
        'en',
        'New fall-prevention protocol for home care',
        '<p>From 1 March we work with the new fall-prevention protocol.</p><ul><li>Fall-risk check at every intake</li><li>Review after three months</li></ul><p>Please confirm you have read it.</p>',
      ],
    ],
  );
  await announce({ audience_kind: 'everyone', publish_at: daysAgo(2), echo_every_days: 7 }, [
    [
      'nl',
      'Groeiweek in april: schrijf je in',
      '<p>In de week van 14 april is de <em>Groeiweek</em>: korte workshops, leren van collega’s en de ECD-estafette. Kies wat bij je past.</p>',
    ],
  ]);
  // The bell: respondents heard the outcome; everyone heard about the goals (in their own language).
  await notify(tenant, organisationId, respondents, {
    kind: 'consultation.closed',
    title: 'Concept-doelen 2027',
    body: 'Dank voor jullie inbreng. We hebben de ECD-training verspreid over het hele jaar.',
    link: `/consultations/${consultation.id}`,
  });
  const everyone = await tenant
    .selectFrom('people')
    .select(['id', 'locale'])
    .where('status', '<>', 'left')
    .execute();
  for (const [locale, title] of [
    ['nl', 'Onze doelen voor 2027 staan vast'],
    ['en', 'Our goals for 2027 are set'],
  ] as const)
    await notify(
      tenant,
      organisationId,
      everyone.filter((p) => (p.locale ?? 'nl') === locale).map((p) => p.id),
      { kind: 'announcement.published', title, link: `/announcements/${goalsAnnouncement}` },
    );
  // A share of the organisation has read the goals announcement already.
  const readers = people.filter((_, index) => index % 3 === 0);
  await tenant
    .insertInto(
      'announcement_receipts',
      readers.map((p) => ({ announcement_id: goalsAnnouncement, person_id: p.id, read_at: daysAgo(10) })),
    )
    .execute();
}
