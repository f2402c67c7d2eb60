import { actingAs, buildOrganisationGoal } from '../factories/domain.ts';
import type { DirectionContext } from './direction-context.ts';

// Where we are going: organisation goals with key results and check-ins, and the team goals aligned to them.

export async function seedDirectionGoals({
  db,
  tenant,
  organisationId,
  units,
  unit,
  owner,
  hr,
}: DirectionContext) {
  // Management writes the organisation goals, through the same use case as the API.
  const managementCtx = actingAs(db, { organisationId, personId: owner, roles: ['employee', 'owner'] });
  const goal = async (
    title: string,
    description: string,
    ownerId: string,
    status: 'active' | 'draft',
    keyResults: [string, number, number, number, string][],
    options: { isConfidential?: boolean; position: number },
  ) => {
    const goalId = await buildOrganisationGoal(managementCtx, {
      title,
      description,
      ownerId,
      status,
      isConfidential: options.isConfidential ?? false,
      position: options.position,
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      keyResults: keyResults.map(([metric, startValue, targetValue, currentValue, unit]) => ({
        metric,
        startValue,
        targetValue,
        currentValue,
        unit,
      })),
    });
    const made = await tenant
      .selectFrom('key_results')
      .select('id')
      .where('goal_id', '=', goalId)
      .orderBy('position')
      .execute();
    // The measurements so far: halfway, then where the key result stands now.
    for (const [index, [, start, , current]] of keyResults.entries()) {
      const kr = made[index]!;
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
    return goalId;
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
  return { ecd, verzuim, thuis, leren };
}

export type DirectionGoals = Awaited<ReturnType<typeof seedDirectionGoals>>;
