import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card } from '../../components/page.tsx';
import { nudgePreferencesQuery, useSaveNudgePreferences } from './queries.ts';

/** In my settings: which friendly nudges I do not want. */
export function NudgeOptOuts() {
  const { t } = useTranslation('campaigns');
  const preferences = useQuery(nudgePreferencesQuery());
  const save = useSaveNudgePreferences();
  if (!preferences.data) return null;
  const { optedOut, offered } = preferences.data;
  return (
    <Card title={t('nudges.mine.title')} titleId="my-nudges">
      <p className="mb-3 text-sm text-slate-600">{t('nudges.mine.intro')}</p>
      <FormErrorRegion error={save.error} />
      <ul className="space-y-2">
        {offered.map((kind) => (
          <li key={kind}>
            <Checkbox
              label={t(`nudges.kinds.${kind}`)}
              checked={!optedOut.includes(kind)}
              onChange={(event) =>
                save.mutate(
                  event.currentTarget.checked ? optedOut.filter((k) => k !== kind) : [...optedOut, kind],
                )
              }
            />
          </li>
        ))}
      </ul>
    </Card>
  );
}
