import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { invalidField, notFound } from '../../http/errors.ts';
import { sanitisedHtml, textOf } from '../../http/rich-text.ts';
import type { Auth } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { audienceMembers } from '../direction/index.ts';
import { notify } from '../notifications/index.ts';
import {
  type AnnouncementRow,
  type FeedRow,
  feedCandidates,
  findAnnouncement,
  pickTranslation,
  translationsOf,
} from './announcements.repository.ts';
import type { AnnouncementInput } from './announcements.schemas.ts';

/** At most this many echoes per person per week, over all announcements (organisation setting). */
export const defaultEchoCapPerWeek = 3;

const ruleOf = (row: AnnouncementRow) => ({
  kind: row.audience_kind,
  unitIds: row.audience_unit_ids,
  roles: row.audience_roles,
});

function columns(input: Partial<AnnouncementInput>) {
  const all = {
    audience_kind: input.audienceKind,
    audience_unit_ids: input.audienceUnitIds,
    audience_roles: input.audienceRoles,
    publish_at:
      input.publishAt === undefined ? undefined : input.publishAt ? new Date(input.publishAt) : null,
    requires_acknowledgement: input.requiresAcknowledgement,
    is_pinned: input.isPinned,
    echo_every_days: input.echoEveryDays,
    echo_until: input.echoUntil,
  };
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined));
}

async function validate(tenant: TenantDb, input: Partial<AnnouncementInput>) {
  if (input.translations) {
    const seen = new Set<string>();
    input.translations.forEach((t, index) => {
      if (seen.has(t.locale)) throw invalidField(`translations.${index}.locale`, 'is given twice');
      seen.add(t.locale);
      if (!textOf(sanitisedHtml(t.bodyHtml, 'announcement')))
        throw invalidField(`translations.${index}.bodyHtml`, 'is empty', 'required');
    });
  }
  const byUnit = input.audienceKind === 'units' || input.audienceKind === 'units_and_roles';
  const byRole = input.audienceKind === 'roles' || input.audienceKind === 'units_and_roles';
  if (byUnit && !input.audienceUnitIds?.length)
    throw invalidField('audienceUnitIds', 'choose at least one unit', 'chooseOne');
  if (byRole && !input.audienceRoles?.length)
    throw invalidField('audienceRoles', 'choose at least one role', 'chooseOne');
  if (input.audienceUnitIds?.length) {
    const units = await tenant
      .selectFrom('org_units')
      .select('id')
      .where('id', 'in', input.audienceUnitIds)
      .execute();
    if (units.length !== new Set(input.audienceUnitIds).size)
      throw invalidField('audienceUnitIds', 'no such unit in this organisation', 'unknownReference');
  }
}

async function saveTranslations(
  tenant: TenantDb,
  id: string,
  translations: AnnouncementInput['translations'],
) {
  await tenant.deleteFrom('announcement_translations').where('announcement_id', '=', id).execute();
  await tenant
    .insertInto(
      'announcement_translations',
      translations.map((t) => ({
        announcement_id: id,
        locale: t.locale,
        title: t.title,
        body_html: sanitisedHtml(t.bodyHtml, 'announcement'),
      })),
    )
    .execute();
}

/** Tells the audience of every announcement whose publication time has come (once). */
export async function notifyPublished(tenant: TenantDb, now = new Date()) {
  const due = await tenant
    .selectFrom('announcements')
    .selectAll()
    .where('publish_at', '<=', now)
    .where('notified_at', 'is', null)
    .execute();
  if (due.length === 0) return 0;
  const [translations, organisation] = await Promise.all([
    translationsOf(
      tenant,
      due.map((a) => a.id),
    ),
    tenant.executor
      .selectFrom('organisations')
      .select('default_locale')
      .where('id', '=', tenant.organisationId)
      .executeTakeFirstOrThrow(),
  ]);
  for (const announcement of due) {
    const members = await audienceMembers(tenant, ruleOf(announcement));
    const people = members.length
      ? await tenant
          .selectFrom('people')
          .select(['id', 'locale'])
          .where(
            'id',
            'in',
            members.map((m) => m.id),
          )
          .execute()
      : [];
    // Each person is told in their own language.
    for (const locale of ['nl', 'en'] as const) {
      const group = people
        .filter((p) => (p.locale ?? organisation.default_locale) === locale)
        .map((p) => p.id);
      const text = pickTranslation(translations, announcement.id, locale, organisation.default_locale);
      if (!group.length || !text) continue;
      await notify(tenant, tenant.organisationId, group, {
        kind: 'announcement.published',
        title: text.title,
        body: textOf(text.body_html).slice(0, 300),
        link: `/announcements/${announcement.id}`,
      });
    }
    await tenant
      .updateTable('announcements')
      .set({ notified_at: now })
      .where('id', '=', announcement.id)
      .execute();
  }
  return due.length;
}

/** For the pg-boss job: scheduled announcements of every organisation whose time has come. */
export async function notifyScheduledAnnouncements(db: Db, now = new Date()) {
  const organisations = await db
    .selectFrom('announcements')
    .select('organisation_id')
    .distinct()
    .where('publish_at', '<=', now)
    .where('notified_at', 'is', null)
    .execute();
  for (const { organisation_id } of organisations)
    await forOrganisation(db, organisation_id).transaction((tenant) => notifyPublished(tenant, now));
}

export async function createAnnouncement(options: { db: Db; auth: Auth; input: AnnouncementInput }) {
  const { auth, input } = options;
  return forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    await validate(tenant, input);
    const created = await tenant
      .insertInto('announcements', {
        ...columns(input),
        audience_kind: input.audienceKind,
        created_by: auth.kind === 'person' ? auth.personId : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await saveTranslations(tenant, created.id, input.translations);
    await notifyPublished(tenant);
    await recordEvent(tenant, auth, {
      action: 'announcement.created',
      subjectType: 'announcement',
      subjectId: created.id,
      changes: { ...columns(input), locales: input.translations.map((t) => t.locale) },
    });
    return created.id;
  });
}

export async function updateAnnouncement(options: {
  db: Db;
  auth: Auth;
  id: string;
  changes: Partial<AnnouncementInput>;
}) {
  const { auth, changes } = options;
  await forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const existing = await findAnnouncement(tenant, options.id);
    if (!existing) throw notFound('Announcement');
    await validate(tenant, {
      audienceKind: existing.audience_kind,
      audienceUnitIds: existing.audience_unit_ids,
      audienceRoles: existing.audience_roles as AnnouncementInput['audienceRoles'],
      ...changes,
    });
    const set = columns(changes);
    if (Object.keys(set).length)
      await tenant
        .updateTable('announcements')
        .set({ ...set, updated_at: new Date() })
        .where('id', '=', options.id)
        .execute();
    if (changes.translations) await saveTranslations(tenant, options.id, changes.translations);
    await notifyPublished(tenant);
    await recordEvent(tenant, auth, {
      action: 'announcement.updated',
      subjectType: 'announcement',
      subjectId: options.id,
      changes: {
        ...set,
        ...(changes.translations ? { locales: changes.translations.map((t) => t.locale) } : {}),
      },
    });
  });
}

export async function markRead(
  tenant: TenantDb,
  announcementId: string,
  personId: string,
  acknowledge: boolean,
) {
  const now = new Date();
  await tenant
    .insertInto('announcement_receipts', {
      announcement_id: announcementId,
      person_id: personId,
      read_at: now,
      acknowledged_at: acknowledge ? now : null,
    })
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'announcement_id', 'person_id'])
        .doUpdateSet(
          acknowledge
            ? { acknowledged_at: sql`coalesce(announcement_receipts.acknowledged_at, ${now})` }
            : { read_at: sql`announcement_receipts.read_at` },
        ),
    )
    .execute();
}

/**
 * Records which due echoes are shown now, at most the weekly cap. Requests for the same person are
 * serialised by an advisory lock and re-check what is still due, so a burst of requests (two tabs,
 * a refresh) neither exceeds the cap nor fights over the same receipt rows.
 */
async function claimEchoes(
  tenant: TenantDb,
  personId: string,
  echoes: { id: string }[],
  capPerWeek: number,
  now: Date,
): Promise<Set<string>> {
  const countRecent = (db: TenantDb) =>
    db
      .selectFrom('announcement_echoes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('person_id', '=', personId)
      .where('shown_at', '>', new Date(now.getTime() - 7 * 86_400_000))
      .executeTakeFirstOrThrow();
  return tenant.transaction(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`echo:${personId}`}))`.execute(trx.executor);
    const recent = await countRecent(trx);
    const room = capPerWeek - Number(recent.n);
    if (room <= 0) return new Set<string>();
    const wanted = echoes.slice(0, room).map((row) => row.id);
    const claimed = await sql<{ announcement_id: string }>`
      UPDATE announcement_receipts AS r SET last_echoed_at = ${now}
        FROM announcements AS a
       WHERE r.organisation_id = ${trx.organisationId} AND r.person_id = ${personId}
         AND r.announcement_id = ANY(${sql.val(wanted)}::uuid[])
         AND a.organisation_id = r.organisation_id AND a.id = r.announcement_id
         AND coalesce(r.last_echoed_at, r.read_at) + make_interval(days => a.echo_every_days) <= ${now}
      RETURNING r.announcement_id`.execute(trx.executor);
    const ids = claimed.rows.map((row) => row.announcement_id);
    if (ids.length)
      await trx
        .insertInto(
          'announcement_echoes',
          ids.map((id) => ({ announcement_id: id, person_id: personId, shown_at: now })),
        )
        .execute();
    return new Set(ids);
  });
}

/**
 * The home feed for one person, in their language. Echoes are rationed: at most the weekly cap over
 * all announcements; the ones shown are remembered so the rhythm restarts from today. Most requests
 * find the week's echoes used up (the feed query leaves them out): one statement, no lock, no write.
 */
export async function homeFeed(options: {
  tenant: TenantDb;
  personId: string;
  roles: string[];
  locale: Locale;
  now?: Date;
}) {
  const { tenant, personId } = options;
  const now = options.now ?? new Date();
  const candidates = await feedCandidates(tenant, {
    personId,
    roles: options.roles,
    locale: options.locale,
    defaultEchoCap: defaultEchoCapPerWeek,
    now,
  });
  const reasonOf = (row: FeedRow) =>
    row.is_pinned
      ? ('pinned' as const)
      : !row.read_at
        ? ('new' as const)
        : row.requires_acknowledgement && !row.acknowledged_at
          ? ('acknowledge' as const)
          : ('echo' as const);
  const echoes = candidates.filter((row) => reasonOf(row) === 'echo');
  let shown = new Set<string>();
  if (echoes.length) shown = await claimEchoes(tenant, personId, echoes, echoes[0]!.echo_cap, now);
  return candidates
    .filter((row) => reasonOf(row) !== 'echo' || shown.has(row.id))
    .map((row) => ({ row, reason: reasonOf(row) }));
}

/** Read receipts and reach: the audience per unit, how many read and acknowledged. */
export async function reachOf(tenant: TenantDb, row: AnnouncementRow) {
  const members = await audienceMembers(tenant, ruleOf(row));
  const receipts = await tenant
    .selectFrom('announcement_receipts')
    .select(['person_id', 'acknowledged_at'])
    .where('announcement_id', '=', row.id)
    .execute();
  const byPerson = new Map(receipts.map((r) => [r.person_id, r]));
  const unitIds = [...new Set(members.map((m) => m.org_unit_id).filter((id): id is string => Boolean(id)))];
  const units = unitIds.length
    ? await tenant.selectFrom('org_units').select(['id', 'name']).where('id', 'in', unitIds).execute()
    : [];
  const byUnit = new Map<
    string,
    { unit: { id: string; name: string } | null; audience: number; read: number; acknowledged: number }
  >();
  let read = 0;
  let acknowledged = 0;
  for (const member of members) {
    const key = member.org_unit_id ?? '';
    const unit = units.find((u) => u.id === member.org_unit_id);
    const entry = byUnit.get(key) ?? {
      unit: unit ? { id: unit.id, name: unit.name } : null,
      audience: 0,
      read: 0,
      acknowledged: 0,
    };
    entry.audience++;
    const receipt = byPerson.get(member.id);
    if (receipt) {
      entry.read++;
      read++;
      if (receipt.acknowledged_at) {
        entry.acknowledged++;
        acknowledged++;
      }
    }
    byUnit.set(key, entry);
  }
  return {
    audience: members.length,
    read,
    acknowledged,
    byUnit: [...byUnit.values()].sort((a, b) =>
      a.unit ? (b.unit ? a.unit.name.localeCompare(b.unit.name) : -1) : b.unit ? 1 : 0,
    ),
  };
}
