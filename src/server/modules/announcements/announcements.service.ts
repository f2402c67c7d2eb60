import { runChange } from '../../core/change.ts';
import { channelLanguages, isInterfaceLocale } from '../../core/content-languages.ts';
import type { Ctx, OrgContext } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { port } from '../../core/ports.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { invalidField, notFound } from '../../http/errors.ts';
import { sanitisedHtml, textOf } from '../../http/rich-text.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { audienceMembers } from '../direction/index.ts';
import { notify } from '../notifications/index.ts';
import { organisationContextOf } from '../organisations/index.ts';
import './announcements.events.ts';
import { visibleAnnouncement } from './announcements.policy.ts';
import {
  type AnnouncementColumns,
  type AnnouncementRow,
  countKnownUnits,
  defaultLocaleOf,
  dueForNotice,
  echoesSince,
  findAnnouncement,
  insertAnnouncement,
  localesOf,
  lockEchoesOf,
  markEchoed,
  markNotified,
  organisationsWithDueNotices,
  pickTranslation,
  replaceTranslations,
  saveReceipt,
  type TranslationRow,
  translationsOf,
  updateAnnouncementRow,
} from './announcements.repository.ts';
import type { AnnouncementInput } from './announcements.schemas.ts';

export const ruleOf = (row: AnnouncementRow) => ({
  kind: row.audience_kind,
  unitIds: row.audience_unit_ids,
  roles: row.audience_roles,
});

function columns(input: Partial<AnnouncementInput>): AnnouncementColumns {
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
    // Beside nl/en only the organisation's content languages (the same list campaigns write in).
    const others = input.translations.some((t) => !isInterfaceLocale(t.locale))
      ? new Set(await port('contentLanguages').enabledLanguages(tenant))
      : new Set<string>();
    if (!input.translations.some((t) => isInterfaceLocale(t.locale)))
      throw invalidField('translations', 'write it in Dutch or English too', 'interfaceLanguageRequired');
    input.translations.forEach((t, index) => {
      if (!isInterfaceLocale(t.locale) && !others.has(t.locale))
        throw invalidField(
          `translations.${index}.locale`,
          `${t.locale} is not one of the organisation's languages`,
          'notEnabled',
        );
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
  if (
    input.audienceUnitIds?.length &&
    (await countKnownUnits(tenant, input.audienceUnitIds)) !== new Set(input.audienceUnitIds).size
  )
    throw invalidField('audienceUnitIds', 'no such unit in this organisation', 'unknownReference');
}

const saveTranslations = (tenant: TenantDb, id: string, translations: AnnouncementInput['translations']) =>
  replaceTranslations(
    tenant,
    id,
    translations.map((t) => ({
      locale: t.locale,
      title: t.title,
      body_html: sanitisedHtml(t.bodyHtml, 'announcement'),
    })),
  );

/** Tells the audience of every announcement whose publication time has come (once), each in their language. */
export async function notifyPublished(ctx: OrgContext) {
  const now = ctx.now();
  return runChange(ctx, async (tx) => {
    const due = await dueForNotice(tx.db, now);
    if (due.length === 0) return 0;
    const [translations, defaultLocale] = await Promise.all([
      translationsOf(
        tx.db,
        due.map((a) => a.id),
      ),
      defaultLocaleOf(tx.db),
    ]);
    for (const announcement of due) {
      const members = await audienceMembers(tx.db, ruleOf(announcement));
      const ids = members.map((m) => m.id);
      const [people, chosen] = await Promise.all([
        localesOf(tx.db, ids),
        port('contentLanguages').readersLanguages(tx.db, ids),
      ]);
      // One notification per text: everyone reading the same language gets it in one insert.
      const groups = new Map<string, { text: TranslationRow; ids: string[] }>();
      for (const person of people) {
        const reader = {
          language: chosen.get(person.id) ?? null,
          locale: person.locale ?? defaultLocale,
          fallback: defaultLocale,
        };
        const text = pickTranslation(translations, announcement.id, reader);
        if (!text) continue;
        const group = groups.get(text.locale) ?? { text, ids: [] };
        group.ids.push(person.id);
        groups.set(text.locale, group);
      }
      for (const { text, ids: group } of groups.values())
        await notify(tx.db, tx.organisationId, group, {
          kind: 'announcement.published',
          title: text.title,
          body: textOf(text.body_html).slice(0, 300),
          link: `/announcements/${announcement.id}`,
        });
      await markNotified(tx.db, announcement.id, now);
      // Teams/Slack channels of the units it reaches post it (webhooks' unit channels; after commit).
      if (announcement.audience_kind === 'everyone' || announcement.audience_kind === 'units') {
        const title = (locale: 'nl' | 'en') =>
          pickTranslation(translations, announcement.id, {
            language: null,
            locale,
            fallback: defaultLocale,
          })?.title ?? '';
        const own = translations.filter((t) => t.announcement_id === announcement.id);
        const enabled = await port('contentLanguages').enabledLanguages(tx.db);
        const others = channelLanguages(
          enabled,
          own.map((t) => t.locale),
        );
        tx.publish('announcements.published', {
          announcementId: announcement.id,
          unitIds: announcement.audience_kind === 'everyone' ? null : announcement.audience_unit_ids,
          title: { nl: title('nl'), en: title('en') },
          translations: others.map((language) => ({
            language,
            title: own.find((t) => t.locale === language)!.title,
          })),
          link: `/announcements/${announcement.id}`,
        });
      }
    }
    return due.length;
  });
}

/** The job: scheduled announcements of every organisation whose time has come. */
export async function notifyScheduledAnnouncements(deps: ModuleDeps, at = new Date()) {
  let told = 0;
  for (const organisationId of await organisationsWithDueNotices(deps.db, at))
    told += await notifyPublished(await organisationContextOf(deps, organisationId, at));
  return told;
}

export async function createAnnouncement(ctx: Ctx, input: AnnouncementInput) {
  assertCan(ctx.auth, 'announcements.manage');
  return runChange(ctx, async (tx) => {
    await validate(tx.db, input);
    const created = await insertAnnouncement(tx.db, {
      ...columns(input),
      audience_kind: input.audienceKind,
      created_by: ctx.auth.kind === 'person' ? ctx.auth.personId : null,
    });
    await saveTranslations(tx.db, created.id, input.translations);
    await notifyPublished(tx);
    tx.record({
      action: 'announcement.created',
      subjectId: created.id,
      changes: { ...columns(input), locales: input.translations.map((t) => t.locale) },
    });
    return created.id;
  });
}

export async function updateAnnouncement(
  ctx: Ctx,
  options: { id: string; changes: Partial<AnnouncementInput> },
) {
  assertCan(ctx.auth, 'announcements.manage');
  const { changes } = options;
  await runChange(
    ctx,
    async (tx) => {
      const existing = await findAnnouncement(tx.db, options.id);
      if (!existing) throw notFound('Announcement');
      await validate(tx.db, {
        audienceKind: existing.audience_kind,
        audienceUnitIds: existing.audience_unit_ids,
        audienceRoles: existing.audience_roles as AnnouncementInput['audienceRoles'],
        ...changes,
      });
      const set = columns(changes);
      if (Object.keys(set).length) await updateAnnouncementRow(tx.db, options.id, set, tx.now());
      if (changes.translations) await saveTranslations(tx.db, options.id, changes.translations);
      await notifyPublished(tx);
      tx.record({
        action: 'announcement.updated',
        subjectId: options.id,
        changes: {
          ...set,
          ...(changes.translations ? { locales: changes.translations.map((t) => t.locale) } : {}),
        },
      });
    },
    { lock: { table: 'announcements', id: options.id } },
  );
}

/** A read receipt ("gelezen") or an acknowledgement ("gelezen en begrepen") by someone in the audience. */
export async function markAnnouncement(ctx: Ctx, options: { id: string; acknowledge: boolean }) {
  assertCan(ctx.auth, 'direction.read');
  const { isForMe } = await visibleAnnouncement(ctx, options.id);
  // Receipts are for the audience only: an author reading along does not count.
  if (!isForMe) throw notFound('Announcement');
  const personId = personIdOf(ctx.auth);
  await runChange(ctx, (tx) =>
    saveReceipt(tx.db, {
      announcementId: options.id,
      personId,
      acknowledge: options.acknowledge,
      now: tx.now(),
    }),
  );
}

/**
 * Records which due echoes are shown now, at most the weekly cap. Requests for the same person are
 * serialised by an advisory lock and re-check what is still due, so a burst of requests (two tabs,
 * a refresh) neither exceeds the cap nor fights over the same receipt rows.
 */
export async function claimEchoes(
  ctx: Ctx,
  options: { personId: string; echoes: { id: string }[]; capPerWeek: number },
): Promise<Set<string>> {
  const now = ctx.now();
  return runChange(ctx, async (tx) => {
    await lockEchoesOf(tx.db, options.personId);
    const recent = await echoesSince(tx.db, options.personId, new Date(now.getTime() - 7 * 86_400_000));
    const room = options.capPerWeek - recent;
    if (room <= 0) return new Set<string>();
    const wanted = options.echoes.slice(0, room).map((row) => row.id);
    return new Set(await markEchoed(tx.db, options.personId, wanted, now));
  });
}
