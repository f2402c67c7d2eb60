import { calendarDateOf } from '../core/calendar.ts';
import { type DirectionContext, daysAgo } from './direction-context.ts';
import type { DirectionGoals } from './direction-goals.ts';

// How we asked the works council about the goals before making them final.

export async function seedDirectionConsultation(
  { tenant, people, owner, hr, inUnit }: DirectionContext,
  { ecd, verzuim, thuis, leren }: DirectionGoals,
) {
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
        created_on: calendarDateOf(daysAgo(25)),
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
      created_on: calendarDateOf(daysAgo(24)),
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
  return { consultation, respondents };
}
