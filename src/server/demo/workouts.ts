import { addDays, calendarDateOf } from '../core/calendar.ts';
import type { Db } from '../db/database.ts';
import {
  completeWorkout,
  createTemplate,
  planWorkout,
  reflect,
} from '../modules/workouts/workouts.service.ts';
import { demoTeam } from './demo-team.ts';
import { ZONE } from './growth-week.ts';

// WorkOuts of the demo team: two done with reflections and next steps, one coming up, and the team
// leader's own WorkOut in the library. Through the same use cases as the API.

export async function seedWorkouts(db: Db, organisationId: string) {
  const { actingAs, as, managerId, manager, employeeId, team } = await demoTeam(db, organisationId);
  const today = calendarDateOf(new Date(), ZONE);
  const [first, second, third] = team;
  const feedback = await planWorkout(manager, {
    libraryKey: 'feedback-week',
    plannedOn: addDays(today, -21),
    participantIds: [employeeId, first!, second!, third!],
  });
  const reflections: [string, string][] = [
    [
      employeeId,
      'Ik vroeg Ayşe hoe ik de overdracht deed. Ze zei dat ik snel praat en de belangrijkste dingen beter eerst kan noemen.',
    ],
    [
      first!,
      'Mijn collega vond dat ik goed luister naar cliënten, maar soms te weinig vraag om hulp als het druk is.',
    ],
    [second!, 'Spannend om te vragen! Ik hoorde dat mijn rapportages duidelijk zijn. Dat gaf energie.'],
    [managerId, 'Mooi om te zien hoe open iedereen was. We gaan dit vaker doen.'],
  ];
  for (const [personId, text] of reflections) await reflect(actingAs(as(personId)), feedback, text);
  await completeWorkout(manager, feedback, {
    nextSteps: [
      {
        kind: 'personal',
        personId: employeeId,
        title: 'Bij de overdracht eerst de drie belangrijkste punten noemen',
      },
      { kind: 'personal', personId: first!, title: 'Op drukke dagen een collega om hulp vragen' },
    ],
  });
  const nearMiss = await planWorkout(manager, {
    libraryKey: 'near-miss',
    plannedOn: addDays(today, -8),
    participantIds: [employeeId, first!, third!],
  });
  for (const [personId, text] of [
    [
      employeeId,
      'Het bijna-incident met de verkeerde medicijnrol liet zien dat we bij drukte het dubbel checken overslaan.',
    ],
    [first!, 'Ik neem mee dat het melden niet over schuld gaat maar over leren. Ik ga sneller melden.'],
    [third!, 'Goed gesprek. Ik wil de dubbele controle op de avond beter regelen.'],
  ] as const)
    await reflect(actingAs(as(personId)), nearMiss, text);
  await completeWorkout(manager, nearMiss, {
    nextSteps: [
      { kind: 'personal', personId: third!, title: 'Afspraak maken over dubbele controle in de avonddienst' },
      { kind: 'personal', personId: employeeId, title: 'Bijna-incidenten dezelfde dienst nog melden' },
    ],
  });
  const coming = await planWorkout(manager, {
    libraryKey: 'client-wish',
    plannedOn: addDays(today, 3),
    participantIds: [employeeId, first!, second!],
  });
  await reflect(
    actingAs(as(first!)),
    coming,
    'Mevrouw Bos vertelde dat ze het fijn vindt als we eerst even gaan zitten voor we beginnen.',
  );
  await createTemplate(manager, {
    language: 'nl',
    title: 'Samen de medicatieronde doorlopen',
    theme: 'Medicatieveiligheid',
    assignment:
      'Loop deze week met een collega samen één medicatieronde en noteer waar het mis zou kunnen gaan.',
    reflectionQuestion: 'Waar let jij voortaan beter op bij de medicatieronde?',
    durationMinutes: 30,
  });
}
