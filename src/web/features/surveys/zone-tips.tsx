import { useTranslation } from 'react-i18next';
import { Card } from '../../components/page.tsx';
import type { Quadrant } from './queries.ts';

const quadrants: Quadrant[] = ['learning', 'comfort', 'anxiety', 'apathy'];

/** Practical next steps for a manager, first for the zones their teams are in. */
export function ZoneTips({ present }: { present: Quadrant[] }) {
  const { t } = useTranslation('surveys');
  const first = quadrants.filter((quadrant) => present.includes(quadrant));
  const rest = quadrants.filter((quadrant) => !present.includes(quadrant));
  const tips = (quadrant: Quadrant) => (
    <>
      <p className="mb-2 text-sm text-slate-700">{t(`zone.tips.${quadrant}.what`)}</p>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
        {[1, 2, 3].map((n) => (
          <li key={n}>{t(`zone.tips.${quadrant}.tip${n}`)}</li>
        ))}
      </ul>
    </>
  );
  return (
    <section aria-labelledby="zone-tips" className="space-y-3">
      <h2 id="zone-tips" className="text-base font-semibold text-slate-900">
        {t('zone.tipsTitle')}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        {first.map((quadrant) => (
          <Card key={quadrant} title={t(`zone.quadrant.${quadrant}`)} titleId={`tips-${quadrant}`}>
            {tips(quadrant)}
          </Card>
        ))}
      </div>
      {rest.length > 0 && (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">
            {t('zone.otherTips')}
          </summary>
          <div className="mt-3 space-y-4">
            {rest.map((quadrant) => (
              <div key={quadrant}>
                <h3 className="mb-1 text-sm font-semibold text-slate-900">
                  {t(`zone.quadrant.${quadrant}`)}
                </h3>
                {tips(quadrant)}
              </div>
            ))}
          </div>
        </details>
      )}
    </section>
  );
}
