import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import type { SurveySummary } from './queries.ts';

export const linkClass = 'text-sm font-medium text-teal-700 underline-offset-2 hover:underline';

/** The promise to the respondent, in plain words, on every page where people answer. */
export function AnonymityNote() {
  const { t } = useTranslation('surveys');
  return (
    <p className="rounded-md border border-teal-200 bg-teal-50 px-3 py-2 text-sm text-teal-900" role="note">
      <strong>{t('anonymous.title')}</strong> {t('anonymous.body')}
    </p>
  );
}

const tones = { draft: 'neutral', scheduled: 'blue', open: 'green', closed: 'neutral' } as const;

export function SurveyStatus({ status }: { status: SurveySummary['status'] }) {
  const { t } = useTranslation('surveys');
  return <Badge tone={tones[status]}>{t(`status.${status}`)}</Badge>;
}

/** The title in the reader's language. */
export function useTitle() {
  const { i18n } = useTranslation();
  return (survey: { titleNl: string; titleEn: string }) =>
    i18n.language === 'en' ? survey.titleEn || survey.titleNl : survey.titleNl;
}
