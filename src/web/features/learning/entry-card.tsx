import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
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

export function EntryCard({ entry }: { entry: CatalogueEntry }) {
  const { t } = useTranslation('learning');
  return (
    <li className="flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <FormatIcon format={entry.format} />
        <span>{t(`formats.${entry.format}`)}</span>
        {entry.durationMinutes ? <span>· {t('minutes', { count: entry.durationMinutes })}</span> : null}
        <span>· {entry.language.toUpperCase()}</span>
        {entry.isNew && <Badge tone="violet">{t('new')}</Badge>}
      </div>
      <h3 className="mt-2 text-base font-semibold text-slate-900">
        <Link {...entryLink(entry)} className="hover:underline">
          {entry.title}
        </Link>
      </h3>
      {entry.summary && <p className="mt-1 line-clamp-3 text-sm text-slate-600">{entry.summary}</p>}
      <div className="mt-auto flex flex-wrap items-center gap-2 pt-3">
        {entry.enrolment?.status === 'completed' && <Badge tone="green">{t('status.completed')}</Badge>}
        {entry.enrolment?.status === 'enrolled' && <Badge tone="blue">{t('status.enrolled')}</Badge>}
        {entry.averageStars !== null && (
          <span className="text-xs text-slate-600">
            <span aria-hidden="true">★</span> {t('stars', { value: entry.averageStars })}
          </span>
        )}
        {entry.topics.slice(0, 3).map((topic) => (
          <Badge key={topic}>{topic}</Badge>
        ))}
      </div>
    </li>
  );
}
