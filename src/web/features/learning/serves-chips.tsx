import { useTranslation } from 'react-i18next';

type Serves = { kind: 'skill' | 'value' | 'competency' | 'goal'; id: string; name: string };

/** "Helpt bij: …": the skills, values, competencies and goals this learning serves. */
export function ServesChips({ serves }: { serves: Serves[] }) {
  const { t } = useTranslation('learning');
  if (!serves.length) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium text-slate-700">{t('serves.helpsWith')}</span>
      <ul className="flex flex-wrap gap-2" aria-label={t('serves.helpsWith')}>
        {serves.map((entry) => (
          <li
            key={`${entry.kind}:${entry.id}`}
            className="rounded-full bg-teal-50 px-3 py-0.5 text-teal-900"
            title={t(`serves.kinds.${entry.kind}`)}
          >
            {entry.name}
            <span className="sr-only"> ({t(`serves.kinds.${entry.kind}`)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
