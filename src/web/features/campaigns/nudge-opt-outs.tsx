import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Checkbox, SelectField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { Card } from '../../components/page.tsx';
import { languageName } from '../../i18n/content-languages.ts';
import { nudgePreferencesQuery, useSaveNudgePreferences } from './queries.ts';

/** In my settings: the language I read messages in, and which friendly nudges I do not want. */
export function NudgeOptOuts() {
  const { t, i18n } = useTranslation('campaigns');
  const preferences = useQuery(nudgePreferencesQuery());
  const save = useSaveNudgePreferences();
  if (!preferences.data) return null;
  const { optedOut, offered, contentLanguage, contentLanguages } = preferences.data;
  return (
    <Card title={t('nudges.mine.title')} titleId="my-nudges">
      <FormErrorRegion error={save.error} />
      {contentLanguages.length > 0 && (
        <div className="mb-4 max-w-sm">
          <SelectField
            label={t('nudges.mine.language')}
            hint={t('nudges.mine.languageHint')}
            value={contentLanguage ?? ''}
            error={fieldErrorsOf(save.error).contentLanguage}
            onChange={(event) =>
              save.mutate({ optedOut, contentLanguage: event.currentTarget.value || null })
            }
          >
            <option value="">{t('nudges.mine.interfaceLanguage')}</option>
            {contentLanguages.map((language) => (
              <option key={language} value={language} lang={language}>
                {languageName(language, i18n.language)}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      <p className="mb-3 text-sm text-slate-600">{t('nudges.mine.intro')}</p>
      <ul className="space-y-2">
        {offered.map((kind) => (
          <li key={kind}>
            <Checkbox
              label={t(`nudges.kinds.${kind}`)}
              checked={!optedOut.includes(kind)}
              onChange={(event) =>
                save.mutate({
                  optedOut: event.currentTarget.checked
                    ? optedOut.filter((k) => k !== kind)
                    : [...optedOut, kind],
                })
              }
            />
          </li>
        ))}
      </ul>
    </Card>
  );
}
