import { addDays, calendarDateOf } from '../core/calendar.ts';
import { type Ctx, standaloneContext } from '../core/context.ts';
import type { Db } from '../db/database.ts';
import { forOrganisation } from '../db/tenant.ts';
import type { Auth } from '../modules/access/index.ts';
import { addCoachTip } from '../modules/campaigns/campaigns.coach.ts';
import { changeSettings, createCampaign, launchCampaign } from '../modules/campaigns/campaigns.service.ts';
import { addStarterThemes, addTheme } from '../modules/campaigns/campaigns.themes.service.ts';

// Campaigns for Zorggroep De Linde: a themes calendar for the year (the starter set and three of its
// own), and "Feedback vragen" running in its sing phase, with the e-mail of its hum phase delivered
// three weeks ago, opens and clicks, and enrolments during the campaign against the weeks before.
// Through the same use cases as the API; what happened in the past is written as it would have been.

export async function seedCampaigns(db: Db, organisationId: string) {
  const tenant = forOrganisation(db, organisationId);
  const ldId = (
    await tenant
      .selectFrom('people')
      .select('id')
      .where('email', '=', 'leren@delinde.demo')
      .executeTakeFirstOrThrow()
  ).id;
  const ld: Auth = {
    kind: 'person',
    organisationId,
    personId: ldId,
    sessionId: 'demo-seed',
    roles: new Set(['employee', 'ld_admin']),
    locale: 'nl',
  };
  const ctx: Ctx = standaloneContext({ db, auth: ld });
  const items = await tenant
    .selectFrom('content_items')
    .select('id')
    .where('status', '=', 'published')
    .orderBy('published_at', 'desc')
    .limit(4)
    .execute();
  const learning = items.map((item) => ({ type: 'content' as const, id: item.id }));
  const today = calendarDateOf(new Date());
  const year = today.slice(0, 4);

  // Polish besides Dutch and English: colleagues who read Polish best get the sing banner in Polish.
  await changeSettings(
    ctx,
    { weeklyCap: 3, quietFrom: '18:00', quietUntil: '08:00', contentLanguages: ['pl'] },
    'demo',
  );
  await addStarterThemes(ctx);
  // One tip of De Linde's own in the coach library, next to the shipped ones.
  await addCoachTip(ctx, {
    moment: 'during_campaign',
    titleNl: 'Koppel de campagne aan de cliëntbespreking',
    bodyNl: 'Vraag in de cliëntbespreking: wie heeft deze week om feedback gevraagd, en wat leverde het op?',
    titleEn: 'Link the campaign to the client meeting',
    bodyEn: 'Ask in the client meeting: who asked for feedback this week, and what did it bring?',
  });
  const own = [
    ['Digitale vaardigheden', 'Digital skills', `${year}-04-01`, `${year}-04-30`],
    ['Vitaliteit en werkplezier', 'Vitality and enjoying work', `${year}-06-01`, `${year}-06-30`],
    ['Veilig werken', 'Working safely', `${year}-05-12`, `${year}-05-18`],
  ] as const;
  for (const [nameNl, nameEn, startsOn, endsOn] of own)
    await addTheme(ctx, {
      nameNl,
      nameEn,
      descriptionNl: '',
      descriptionEn: '',
      startsOn,
      endsOn,
      recurrence: 'yearly',
      learning: [],
    });
  const themeId = await addTheme(ctx, {
    nameNl: 'Feedback vragen',
    nameEn: 'Asking for feedback',
    descriptionNl: 'Vraag je collega’s en cliënten wat goed gaat en wat beter kan.',
    descriptionEn: 'Ask colleagues and clients what goes well and what could be better.',
    startsOn: addDays(today, -21),
    endsOn: addDays(today, 21),
    recurrence: 'once',
    learning: learning.slice(0, 2),
  });

  const startsOn = addDays(today, -21);
  const message = (
    phase: 'hum' | 'sing' | 'shout',
    channel: 'banner' | 'card' | 'email' | 'announcement',
    sendOn: string,
    nl: [string, string],
    en: [string, string],
    translations: { language: string; title: string; body: string }[] = [],
  ) => ({
    translations,
    phase,
    channel,
    sendOn,
    titleNl: nl[0],
    bodyNl: nl[1],
    titleEn: en[0],
    bodyEn: en[1],
    link: '/learning/catalogue',
  });
  const id = await createCampaign(ctx, {
    title: 'Feedback vragen',
    goal: { kind: 'theme', id: themeId },
    audience: {
      unitIds: [],
      jobRoleIds: [],
      roles: [],
      statuses: [],
      startDateFrom: null,
      startDateTo: null,
      startsWithinDays: null,
    },
    startsOn,
    singFrom: addDays(today, -7),
    shoutFrom: addDays(today, 7),
    endsOn: addDays(today, 21),
    promoted: learning.slice(0, 2),
    messages: [
      message(
        'hum',
        'banner',
        startsOn,
        [
          'Feedback vragen: durf jij het?',
          'Deze maand oefenen we met feedback vragen. Tien minuten per week is genoeg.',
        ],
        [
          'Asking for feedback: dare you?',
          'This month we practise asking for feedback. Ten minutes a week is enough.',
        ],
      ),
      message(
        'hum',
        'email',
        startsOn,
        [
          'Feedback vragen, elke week een beetje',
          'Deze maand staat feedback vragen centraal. In de catalogus staan twee korte modules klaar.',
        ],
        [
          'Asking for feedback, a little every week',
          'This month is about asking for feedback. Two short modules are waiting in the catalogue.',
        ],
      ),
      message(
        'sing',
        'banner',
        addDays(today, -7),
        [
          'Marieke vroeg feedback aan haar cliënten',
          '“Ik hoorde dingen die ik nooit had gedacht.” Lees wat collega’s leerden.',
        ],
        [
          'Marieke asked her clients for feedback',
          '“I heard things I never expected.” Read what colleagues learned.',
        ],
        [
          {
            language: 'pl',
            title: 'Marieke poprosiła klientów o opinię',
            body: '„Usłyszałam rzeczy, których się nie spodziewałam.” Przeczytaj, czego nauczyli się koledzy.',
          },
        ],
      ),
      message(
        'sing',
        'card',
        addDays(today, -7),
        ['Al 30 collega’s begonnen', 'Doe mee en vraag deze week één collega om feedback.'],
        ['30 colleagues have started', 'Join in and ask one colleague for feedback this week.'],
      ),
      message(
        'shout',
        'announcement',
        addDays(today, 7),
        ['Feedbackdag op 1 locatie per regio', 'Kom naar de feedbackdag: korte workshops en koffie.'],
        ['Feedback day at one site per region', 'Come to the feedback day: short workshops and coffee.'],
      ),
    ],
  });
  await launchCampaign(ctx, id);

  // What happened since the start, as the jobs and home page would have recorded it.
  const people = await tenant
    .selectFrom('people')
    .select('id')
    .where('status', '<>', 'left')
    .orderBy('family_name')
    .execute();
  const messages = await tenant
    .selectFrom('campaign_messages')
    .select(['id', 'channel', 'phase'])
    .where('campaign_id', '=', id)
    .execute();
  const email = messages.find((m) => m.channel === 'email' && m.phase === 'hum')!;
  const banner = messages.find((m) => m.channel === 'banner' && m.phase === 'hum')!;
  const sentAt = new Date(Date.now() - 21 * 86_400_000 + 9 * 3_600_000);
  await tenant
    .updateTable('campaign_messages')
    .set({ status: 'sent', sent_at: sentAt, attempts: 1 })
    .where('id', '=', email.id)
    .execute();
  const contacts = people.flatMap((person, index) => [
    {
      person_id: person.id,
      source: 'campaign' as const,
      message_id: email.id,
      campaign_id: id,
      counts_to_cap: true,
      sent_at: sentAt,
      opened_at: index % 2 === 0 ? new Date(sentAt.getTime() + 3_600_000) : null,
      clicked_at: index % 5 === 0 ? new Date(sentAt.getTime() + 3_700_000) : null,
    },
    ...(index % 3 === 0
      ? [
          {
            person_id: person.id,
            source: 'campaign' as const,
            message_id: banner.id,
            campaign_id: id,
            counts_to_cap: false,
            sent_at: new Date(sentAt.getTime() + 86_400_000),
            opened_at: new Date(sentAt.getTime() + 86_400_000),
            clicked_at: index % 9 === 0 ? new Date(sentAt.getTime() + 86_400_000) : null,
          },
        ]
      : []),
  ]);
  for (let index = 0; index < contacts.length; index += 500)
    await tenant.insertInto('campaign_contacts', contacts.slice(index, index + 500)).execute();

  // Enrolments in the promoted learning: a few in the three weeks before, more during the campaign.
  const enrolments = people.slice(0, 34).flatMap((person, index) => {
    const subject = learning[index % 2];
    if (!subject) return [];
    const isBefore = index < 8;
    const enrolledAt = new Date(Date.now() - (isBefore ? 22 + (index % 18) : 1 + (index % 20)) * 86_400_000);
    const isDone = index % 3 === 0;
    return [
      {
        person_id: person.id,
        subject_kind: subject.type,
        subject_id: subject.id,
        source: 'self' as const,
        enrolled_at: enrolledAt,
        last_activity_at: enrolledAt,
        completed_at: isDone ? new Date(enrolledAt.getTime() + 2 * 86_400_000) : null,
      },
    ];
  });
  if (enrolments.length)
    await tenant
      .insertInto('enrolments', enrolments)
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'person_id', 'subject_kind', 'subject_id']).doNothing(),
      )
      .execute();
}
