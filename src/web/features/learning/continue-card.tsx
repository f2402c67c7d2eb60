import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client.ts';
import { ButtonLink } from '../../components/button.tsx';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { FormatIcon } from './entry-card.tsx';
import { formatTime } from './media-player.tsx';

/** "Continue where you left off": on Mijn leren and the home page. */
export function ContinueCard({ item }: { item: Schemas['ContinueItem'] }) {
  const { t } = useTranslation('learning');
  return (
    <section
      aria-labelledby="continue-title"
      className="flex flex-col gap-3 rounded-xl border border-teal-200 bg-teal-50 p-5 sm:flex-row sm:items-center"
    >
      <div className="min-w-0 flex-1">
        <h2 id="continue-title" className="text-sm font-medium text-teal-900">
          {t('continue.title')}
        </h2>
        <p className="mt-1 text-base font-semibold text-slate-900">
          <FormatIcon format={item.kind} /> {item.title}
        </p>
        <div className="mt-2 max-w-xs">
          <ProgressBar percent={item.percent} label={item.title} />
        </div>
      </div>
      <ButtonLink to="/learning/items/$id" params={{ id: item.contentId }}>
        {item.positionSeconds
          ? t('continue.resumeAt', { time: formatTime(item.positionSeconds) })
          : t('continue.go')}
      </ButtonLink>
    </section>
  );
}
