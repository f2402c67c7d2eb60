import { directionOf } from '../../core/content-languages.ts';
import {
  type AnnouncementRow,
  type FeedRow,
  pickTranslation,
  type Reader,
  type TranslationRow,
} from './announcements.repository.ts';

export function statusOf(row: AnnouncementRow, now: Date) {
  if (!row.publish_at) return 'draft' as const;
  return row.publish_at > now ? ('scheduled' as const) : ('published' as const);
}

type Receipt = { read_at: Date | null; acknowledged_at: Date | null } | undefined;

/** An announcement in the reader's language; its translations too for those who edit it. */
export function presentAnnouncement(
  row: AnnouncementRow,
  options: {
    translations: TranslationRow[];
    reader: Reader;
    receipt: Receipt;
    withTranslations: boolean;
    now: Date;
  },
) {
  const { translations, reader, receipt } = options;
  const text = pickTranslation(translations, row.id, reader);
  const locale = text?.locale ?? reader.fallback;
  return {
    id: row.id,
    locale,
    dir: directionOf(locale),
    title: text?.title ?? '',
    bodyHtml: text?.body_html ?? '',
    status: statusOf(row, options.now),
    publishAt: row.publish_at?.toISOString() ?? null,
    audienceKind: row.audience_kind,
    audienceUnitIds: row.audience_unit_ids,
    audienceRoles: row.audience_roles,
    requiresAcknowledgement: row.requires_acknowledgement,
    isPinned: row.is_pinned,
    echoEveryDays: row.echo_every_days,
    echoUntil: row.echo_until,
    readAt: receipt?.read_at?.toISOString() ?? null,
    acknowledgedAt: receipt?.acknowledged_at?.toISOString() ?? null,
    ...(options.withTranslations
      ? {
          translations: translations
            .filter((t) => t.announcement_id === row.id)
            .map((t) => ({
              locale: t.locale,
              dir: directionOf(t.locale),
              title: t.title,
              bodyHtml: t.body_html,
            })),
        }
      : {}),
  };
}

/** A feed row carries the reader's translation already (the feed query picked it). */
export function presentFeedItem(row: FeedRow, reader: Reader, now: Date) {
  const translations: TranslationRow[] = row.locale
    ? [
        {
          organisation_id: row.organisation_id,
          announcement_id: row.id,
          locale: row.locale,
          title: row.title ?? '',
          body_html: row.body_html ?? '',
        },
      ]
    : [];
  return presentAnnouncement(row, { translations, reader, receipt: row, withTranslations: false, now });
}
