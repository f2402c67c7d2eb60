import '../../core/content-languages.ts';
import type { Ctx } from '../../core/context.ts';
import { port } from '../../core/ports.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, can, personIdOf } from '../access/index.ts';
import { audienceMembers, readerLocale } from '../direction/index.ts';
import { visibleAnnouncement } from './announcements.policy.ts';
import { presentAnnouncement, presentFeedItem } from './announcements.presenter.ts';
import {
  type FeedRow,
  feedCandidates,
  findAnnouncement,
  listAnnouncementRows,
  type Reader,
  receiptOf,
  receiptsOf,
  translationsOf,
  unitNames,
} from './announcements.repository.ts';
import { claimEchoes, ruleOf } from './announcements.service.ts';

/** At most this many echoes per person per week, over all announcements (organisation setting). */
export const defaultEchoCapPerWeek = 3;

/** The content language a signed-in person chose to read in (null: their interface language). */
async function chosenLanguage(ctx: Ctx): Promise<string | null> {
  if (ctx.auth.kind !== 'person') return null;
  const personId = ctx.auth.personId;
  return (await port('contentLanguages').readersLanguages(ctx.db, [personId])).get(personId) ?? null;
}

async function readerOf(ctx: Ctx): Promise<Reader> {
  const [{ locale, fallback }, language] = await Promise.all([
    readerLocale(ctx.db.executor, ctx.auth),
    chosenLanguage(ctx),
  ]);
  return { language, locale, fallback };
}

/** What a writer may write in beside nl/en: the organisation's content languages. */
export async function announcementLanguages(ctx: Ctx) {
  assertCan(ctx.auth, 'announcements.manage');
  return { contentLanguages: await port('contentLanguages').enabledLanguages(ctx.db) };
}

/** All announcements, drafts and scheduled ones included, for those who manage them. */
export async function listAnnouncements(ctx: Ctx) {
  assertCan(ctx.auth, 'announcements.manage');
  const rows = await listAnnouncementRows(ctx.db);
  const [translations, reader] = await Promise.all([
    translationsOf(
      ctx.db,
      rows.map((r) => r.id),
    ),
    readerOf(ctx),
  ]);
  return rows.map((row) => ({
    ...presentAnnouncement(row, {
      translations,
      reader,
      receipt: undefined,
      withTranslations: true,
      now: ctx.now(),
    }),
    isForMe: false,
  }));
}

/** One announcement in the reader's language, with their receipt. */
export async function announcementView(ctx: Ctx, id: string) {
  assertCan(ctx.auth, 'direction.read');
  const { auth } = ctx;
  const { row, isForMe } = await visibleAnnouncement(ctx, id);
  const [translations, reader, receipt] = await Promise.all([
    translationsOf(ctx.db, [row.id]),
    readerOf(ctx),
    auth.kind === 'person' ? receiptOf(ctx.db, row.id, auth.personId) : undefined,
  ]);
  const withTranslations = can(auth, 'announcements.manage');
  return {
    ...presentAnnouncement(row, { translations, reader, receipt, withTranslations, now: ctx.now() }),
    isForMe,
  };
}

const reasonOf = (row: FeedRow) =>
  row.is_pinned
    ? ('pinned' as const)
    : !row.read_at
      ? ('new' as const)
      : row.requires_acknowledgement && !row.acknowledged_at
        ? ('acknowledge' as const)
        : ('echo' as const);

/**
 * My home feed, in my language. Echoes are rationed: at most the weekly cap over all announcements;
 * the ones shown are remembered so the rhythm restarts from today. Most requests find the week's echoes
 * used up (the feed query leaves them out): one statement, no lock, no write.
 */
export async function myFeed(ctx: Ctx) {
  assertCan(ctx.auth, 'direction.read');
  const personId = personIdOf(ctx.auth);
  const { auth } = ctx;
  if (auth.kind !== 'person') return []; // personIdOf refused tokens already
  const now = ctx.now();
  const language = await chosenLanguage(ctx);
  const candidates = await feedCandidates(ctx.db, {
    personId,
    roles: [...auth.roles],
    locale: auth.locale,
    language,
    defaultEchoCap: defaultEchoCapPerWeek,
    now,
  });
  const echoes = candidates.filter((row) => reasonOf(row) === 'echo');
  const shown = echoes.length
    ? await claimEchoes(ctx, { personId, echoes, capPerWeek: echoes[0]!.echo_cap })
    : new Set<string>();
  return candidates
    .filter((row) => reasonOf(row) !== 'echo' || shown.has(row.id))
    .map((row) => {
      const reader = { language, locale: auth.locale, fallback: auth.locale };
      const { translations: _, ...item } = presentFeedItem(row, reader, now);
      return { ...item, reason: reasonOf(row) };
    });
}

/** Read receipts and reach: the audience per unit, how many read and acknowledged. */
export async function announcementReach(ctx: Ctx, id: string) {
  assertCan(ctx.auth, 'announcements.manage');
  const row = await findAnnouncement(ctx.db, id);
  if (!row) throw notFound('Announcement');
  const members = await audienceMembers(ctx.db, ruleOf(row));
  const receipts = await receiptsOf(ctx.db, row.id);
  const byPerson = new Map(receipts.map((r) => [r.person_id, r]));
  const units = await unitNames(ctx.db, [
    ...new Set(members.map((m) => m.org_unit_id).filter((unitId): unitId is string => Boolean(unitId))),
  ]);
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
