import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { useFormat } from '../../components/format.ts';
import { useFeed } from './api.ts';

const tones = { pinned: 'violet', new: 'blue', acknowledge: 'amber', echo: 'neutral' } as const;

/** The home-feed block: pinned, new and echoed announcements in my own language. */
export function AnnouncementsFeed() {
  const { t } = useTranslation('direction');
  const format = useFormat();
  const feed = useFeed();
  if (!feed.data || feed.data.length === 0) return null;
  return (
    <section aria-labelledby="home-announcements" className="space-y-3">
      <h2 id="home-announcements" className="text-base font-semibold text-slate-900">
        {t('feed.title')}
      </h2>
      <ul className="space-y-2">
        {feed.data.map((item) => (
          <li
            key={item.id}
            lang={item.locale}
            dir={item.dir}
            className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link
                to="/announcements/$announcementId"
                params={{ announcementId: item.id }}
                className="font-medium text-teal-800 hover:underline"
              >
                {item.title}
              </Link>
              <Badge tone={tones[item.reason]}>{t(`feed.reasons.${item.reason}`)}</Badge>
            </div>
            <p className="mt-1 text-xs text-slate-500">{format.date(item.publishAt)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
