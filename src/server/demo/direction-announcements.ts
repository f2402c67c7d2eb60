import { notify } from '../modules/notifications/index.ts';
import { type DirectionContext, daysAgo } from './direction-context.ts';

export async function seedDirectionAnnouncements(
  { tenant, organisationId, unit, people, owner }: DirectionContext,
  consultation: { id: string },
  respondents: string[],
) {
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
