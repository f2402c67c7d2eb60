import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { CoverImage } from './cover-image.tsx';
import { type CatalogueEntry, entryLink } from './learning-api.ts';

// A coloured marker per format (no emoji: not every device has the font for them).
const formatColours: Record<string, string> = {
  article: 'bg-sky-600',
  video: 'bg-rose-600',
  audio: 'bg-violet-600',
  document: 'bg-slate-600',
  link: 'bg-amber-600',
  quiz: 'bg-emerald-600',
  assignment: 'bg-orange-600',
  course: 'bg-teal-700',
  path: 'bg-indigo-700',
};

export function FormatIcon({ format }: { format: string }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block size-2.5 shrink-0 rounded-full ${formatColours[format] ?? 'bg-slate-400'}`}
    />
  );
}

/** A catalogue card: cover first, then format and length, title, summary, state. The whole card opens it. */
export function EntryCard({ entry }: { entry: CatalogueEntry }) {
  const { t } = useTranslation('learning');
  return (
    <li className="group relative flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm transition-shadow focus-within:ring-2 focus-within:ring-teal-700 hover:shadow-md">
      <div className="relative">
        <CoverImage cover={entry.cover} format={entry.format} />
        <span className="absolute top-2 left-2 inline-flex items-center gap-1.5 rounded-full bg-white/95 px-2 py-0.5 text-xs font-medium text-slate-800 shadow-sm">
          <FormatIcon format={entry.format} />
          {t(`formats.${entry.format}`)}
        </span>
        {entry.enrolment?.status === 'completed' && (
          <span className="absolute top-2 right-2">
            <Badge tone="green">{t('status.completed')}</Badge>
          </span>
        )}
      </div>
      <div className="flex flex-1 flex-col p-4">
        <h3 className="text-base leading-snug font-semibold text-slate-900">
          <Link
            {...entryLink(entry)}
            className="after:absolute after:inset-0 focus:outline-none group-hover:underline"
          >
            {entry.title}
          </Link>
        </h3>
        {entry.summary && <p className="mt-1 line-clamp-2 text-sm text-slate-600">{entry.summary}</p>}
        <div className="mt-auto flex flex-wrap items-center gap-2 pt-3 text-xs text-slate-600">
          {entry.durationMinutes ? <span>{t('minutes', { count: entry.durationMinutes })}</span> : null}
          <span>· {entry.language.toUpperCase()}</span>
          {entry.averageStars !== null && (
            <span>
              · <span aria-hidden="true">★</span> {t('stars', { value: entry.averageStars })}
            </span>
          )}
          {entry.isNew && <Badge tone="violet">{t('new')}</Badge>}
          {entry.enrolment?.status === 'enrolled' && <Badge tone="blue">{t('status.enrolled')}</Badge>}
        </div>
      </div>
    </li>
  );
}
