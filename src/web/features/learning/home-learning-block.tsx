import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ContinueCard } from './continue-card.tsx';
import { useMyLearning } from './learning-api.ts';

/** The home page's learning block: continue where you left off, and what is assigned. */
export function HomeLearningBlock() {
  const { t } = useTranslation('learning');
  const mine = useMyLearning();
  if (!mine.data) return null;
  const overdue = mine.data.assigned.filter((e) => e.isOverdue).length;
  return (
    <section aria-labelledby="home-learning" className="space-y-3">
      <h2 id="home-learning" className="text-base font-semibold text-slate-900">
        {t('mine.title')}
      </h2>
      {mine.data.continue && <ContinueCard item={mine.data.continue} />}
      <p className="text-sm text-slate-600">
        {t('home.assigned', { count: mine.data.assigned.length })}
        {overdue > 0 && ` · ${t('home.overdue', { count: overdue })}`} ·{' '}
        <Link to="/learning" className="font-medium text-teal-700 hover:underline">
          {t('home.toMine')}
        </Link>
      </p>
    </section>
  );
}
