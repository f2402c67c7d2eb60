import { addDays } from '../../core/calendar.ts';
import type { Ctx } from '../../core/context.ts';
import { type Reference, referenceKey, resolveReferences } from '../../core/references.ts';
import { notFound } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { contentHeadlines, pathTitles } from '../catalogue/index.ts';
import { awardsQuery, badgesQuery, findBadge } from './badges.repository.ts';
import {
  activeDates,
  celebrationsQuery,
  findPersonBasic,
  type KudosRow,
  kudosOfPerson,
  kudosQuery,
  ledgerOf,
  pointsTotals,
  preferencesOf,
  recognisedBy,
  reportsOf,
  settingsOf,
} from './recognition.repository.ts';
import { weeklyStreak } from './recognition.rules.ts';

const fileUrl = (id: string | null) => (id ? `/api/v1/files/${id}` : null);

async function presentKudos(ctx: Ctx, rows: KudosRow[]) {
  const references: Reference[] = rows.flatMap((row) => [
    ...(row.value_id ? [{ kind: 'value' as const, id: row.value_id }] : []),
    ...(row.skill_id ? [{ kind: 'skill' as const, id: row.skill_id }] : []),
  ]);
  const names = await resolveReferences(ctx.db, references, { auth: ctx.auth, locale: ctx.locale });
  const named = (kind: 'value' | 'skill', id: string | null) => {
    const found = id ? names.get(referenceKey({ kind, id })) : undefined;
    return id && found ? { id, title: found.title } : null;
  };
  return rows.map((row) => ({
    id: row.id,
    giver: { id: row.giver_id, name: row.giver_name },
    receiver: { id: row.receiver_id, name: row.receiver_name },
    message: row.message,
    value: named('value', row.value_id),
    skill: named('skill', row.skill_id),
    celebrationId: row.celebration_id,
    createdAt: row.created_at.toISOString(),
  }));
}

type CelebrationRow = Awaited<ReturnType<ReturnType<typeof celebrationsQuery>['execute']>>[number];
async function presentCelebrations(ctx: Ctx, rows: CelebrationRow[]) {
  const me = ctx.auth.kind === 'person' ? ctx.auth.personId : null;
  const recognised = me
    ? await recognisedBy(
        ctx.db,
        me,
        rows.map((row) => row.id),
      )
    : new Set<string | null>();
  return rows.map((row) => ({
    id: row.id,
    person: { id: row.person_id, name: row.person_name },
    kind: row.kind as 'content',
    title: row.title,
    isShared: row.shared_at !== null,
    kudosCount: row.kudos_count,
    recognisedByMe: recognised.has(row.id),
    createdAt: row.created_at.toISOString(),
  }));
}

export const myCelebrations = async (ctx: Ctx) =>
  presentCelebrations(
    ctx,
    await celebrationsQuery(ctx.db)
      .where('celebrations.person_id', '=', personIdOf(ctx.auth))
      .limit(50)
      .execute(),
  );

/** What colleagues chose to share: the organisation's celebrations (newest first). */
export const sharedCelebrations = async (ctx: Ctx) =>
  presentCelebrations(
    ctx,
    await celebrationsQuery(ctx.db).where('celebrations.shared_at', 'is not', null).limit(30).execute(),
  );

/** A manager's reports' steps of the last 30 days, to recognise (shared or not: they are the manager). */
export async function teamCelebrations(ctx: Ctx) {
  const reports = await reportsOf(ctx.db, personIdOf(ctx.auth));
  if (!reports.length) return [];
  const since = new Date(`${addDays(ctx.today(), -30)}T00:00:00Z`);
  return presentCelebrations(
    ctx,
    await celebrationsQuery(ctx.db)
      .where('celebrations.person_id', 'in', reports)
      .where('celebrations.created_at', '>=', since)
      .where('celebrations.kind', '<>', 'content')
      .limit(50)
      .execute(),
  );
}

type AwardRow = Awaited<ReturnType<ReturnType<typeof awardsQuery>['execute']>>[number];
const presentAward = (row: AwardRow) => ({
  id: row.id,
  badgeId: row.badge_id,
  name: row.name,
  description: row.description,
  imageUrl: fileUrl(row.image_file_id),
  awardedAt: row.awarded_at.toISOString(),
  isManual: row.awarded_by !== null,
  reason: row.reason,
});

async function streakOf(ctx: Ctx, personId: string) {
  const today = ctx.today();
  return weeklyStreak(await activeDates(ctx.db, personId, addDays(today, -400)), today);
}

/** A person's recognition as the reader may see it: badges and points only if the person shows them. */
export async function profile(ctx: Ctx, personId: string) {
  const person = await findPersonBasic(ctx.db, personId);
  if (!person) throw notFound('Person');
  const isMe = ctx.auth.kind === 'person' && ctx.auth.personId === personId;
  const preferences = await preferencesOf(ctx.db, personId);
  const showBadges = isMe || preferences.badgesVisible;
  const showPoints = isMe || preferences.pointsVisible;
  return {
    person: { id: person.id, name: person.name },
    isMe,
    badges: showBadges
      ? (await awardsQuery(ctx.db).where('badge_awards.person_id', '=', personId).execute()).map(presentAward)
      : null,
    points: showPoints ? ((await pointsTotals(ctx.db, [personId])).get(personId) ?? 0) : null,
    streak: showPoints ? await streakOf(ctx, personId) : null,
    kudos: await presentKudos(
      ctx,
      await kudosQuery(ctx.db).where('kudos.receiver_id', '=', personId).limit(20).execute(),
    ),
    preferences: isMe ? preferences : null,
  };
}

export const settings = (ctx: Ctx) => settingsOf(ctx.db);

type BadgeRow = Awaited<ReturnType<ReturnType<typeof badgesQuery>['execute']>>[number];
async function presentBadges(ctx: Ctx, rows: BadgeRow[]) {
  const paths = await pathTitles(
    ctx.db,
    rows
      .filter((r) => r.criteria_kind === 'path_completed' && r.criteria_subject_id)
      .map((r) => r.criteria_subject_id!),
  );
  const events = await contentHeadlines(
    ctx.db,
    rows
      .filter((r) => r.criteria_kind === 'event_attended' && r.criteria_subject_id)
      .map((r) => r.criteria_subject_id!),
    ctx.locale,
  );
  const counts = new Map(
    (
      await ctx.db
        .selectFrom('badge_awards')
        .select(['badge_id', (eb) => eb.fn.countAll<string>().as('n')])
        .where('revoked_at', 'is', null)
        .groupBy('badge_id')
        .execute()
    ).map((row) => [row.badge_id, Number(row.n)]),
  );
  return rows.map((row) => {
    const subjectTitle = row.criteria_subject_id
      ? (paths.get(row.criteria_subject_id) ?? events.get(row.criteria_subject_id)?.title)
      : undefined;
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      criteriaNarrative: row.criteria_narrative,
      criteriaKind: row.criteria_kind,
      criteriaSubject:
        row.criteria_subject_id && subjectTitle ? { id: row.criteria_subject_id, title: subjectTitle } : null,
      criteriaCount: row.criteria_count,
      imageUrl: fileUrl(row.image_file_id),
      imageFileId: row.image_file_id,
      isArchived: row.archived_at !== null,
      awardedCount: counts.get(row.id) ?? 0,
    };
  });
}

export const listBadges = async (ctx: Ctx) => presentBadges(ctx, await badgesQuery(ctx.db).execute());

export async function badgeView(ctx: Ctx, id: string) {
  const row = await findBadge(ctx.db, id);
  if (!row) throw notFound('Badge');
  return (await presentBadges(ctx, [row]))[0]!;
}

/** The badge as an Open Badges 3.0 Achievement; the issuer is the organisation. */
export async function achievement(ctx: Ctx, id: string, baseUrl: string) {
  const row = await findBadge(ctx.db, id);
  if (!row) throw notFound('Badge');
  const organisation = await ctx.db.executor
    .selectFrom('organisations')
    .select(['name'])
    .where('id', '=', ctx.organisationId)
    .executeTakeFirstOrThrow();
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: `${baseUrl}/api/v1/badges/${row.id}/achievement`,
    type: ['Achievement'],
    name: row.name,
    description: row.description,
    criteria: { narrative: row.criteria_narrative },
    image: row.image_file_id
      ? { id: `${baseUrl}/api/v1/files/${row.image_file_id}`, type: 'Image' as const }
      : null,
    creator: {
      id: `${baseUrl}/organisations/${ctx.organisationId}`,
      type: ['Profile'],
      name: organisation.name,
    },
  };
}

/** Everything recognition holds about me: part of my personal data. */
export async function myData(ctx: Ctx) {
  const me = personIdOf(ctx.auth);
  const kudos = await presentKudos(ctx, await kudosOfPerson(ctx.db, me));
  return {
    kudosGiven: kudos.filter((k) => k.giver.id === me),
    kudosReceived: kudos.filter((k) => k.receiver.id === me),
    celebrations: await presentCelebrations(
      ctx,
      await celebrationsQuery(ctx.db).where('celebrations.person_id', '=', me).execute(),
    ),
    badges: (await awardsQuery(ctx.db).where('badge_awards.person_id', '=', me).execute()).map(presentAward),
    points: (await ledgerOf(ctx.db, me)).map((row) => ({
      action: row.action,
      points: row.points,
      onDate: row.on_date,
      createdAt: row.created_at.toISOString(),
    })),
    preferences: await preferencesOf(ctx.db, me),
  };
}
