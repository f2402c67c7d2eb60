import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client.ts';

export type Readability = Schemas['ReadabilityCheck'];

/** The plain-language (B1) check of a text: its reading ease, and what to make shorter or simpler. */
export function ReadabilityNote({ check }: { check: Readability }) {
  const { t } = useTranslation('campaigns');
  return (
    <div
      className={`mt-2 rounded-lg border p-3 text-sm ${check.b1 ? 'border-emerald-200 bg-emerald-50' : 'border-amber-300 bg-amber-50'}`}
      data-testid={`readability-${check.locale}`}
    >
      <p className="font-medium text-slate-900">
        {check.b1 ? t('readability.ok', { ease: check.ease }) : t('readability.hard', { ease: check.ease })}
      </p>
      {check.longSentences.length > 0 && (
        <div className="mt-1">
          <p className="text-slate-700">
            {t('readability.longSentences', { count: check.longSentences.length })}
          </p>
          <ul className="ml-4 list-disc text-slate-700">
            {check.longSentences.map((sentence) => (
              <li key={sentence.text} lang={check.locale}>
                {t('readability.words', { count: sentence.words })}: “{sentence.text}”
              </li>
            ))}
          </ul>
        </div>
      )}
      {check.difficultWords.length > 0 && (
        <p className="mt-1 text-slate-700">
          {t('readability.difficultWords')}:{' '}
          <span lang={check.locale}>{check.difficultWords.join(', ')}</span>
        </p>
      )}
    </div>
  );
}
