import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { fieldErrorsOf } from '../../components/form-error.tsx';
import { Card } from '../../components/page.tsx';
import { languageName } from '../../i18n/content-languages.ts';
import { useSaveSettings } from './queries.ts';

/** L&D: the languages messages can be written in beside Dutch and English (BCP-47 tags). */
export function ContentLanguagesCard({ languages }: { languages: string[] }) {
  const { t, i18n } = useTranslation('campaigns');
  const save = useSaveSettings();
  const [tag, setTag] = useState('');
  const errors = fieldErrorsOf(save.error);
  // The server names the bad entry (contentLanguages.N); the one being added is the last.
  const addError = errors[`contentLanguages.${languages.length}`];
  return (
    <Card title={t('languages.title')} titleId="settings-languages">
      <p className="mb-3 text-sm text-slate-600">{t('languages.intro')}</p>
      <ul className="mb-3 space-y-1" aria-label={t('languages.enabled')}>
        <li className="text-sm text-slate-700">{t('languages.always')}</li>
        {languages.map((language) => (
          <li key={language} className="flex items-center justify-between gap-2 text-sm">
            <span>
              {languageName(language, i18n.language)} <code className="text-slate-500">{language}</code>
            </span>
            <Button
              variant="ghost"
              aria-label={t('languages.remove', { name: languageName(language, i18n.language) })}
              onClick={() => save.mutate({ contentLanguages: languages.filter((l) => l !== language) })}
            >
              {t('languages.removeShort')}
            </Button>
          </li>
        ))}
      </ul>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ contentLanguages: [...languages, tag.trim()] }, { onSuccess: () => setTag('') });
        }}
      >
        <TextField
          label={t('languages.add')}
          hint={t('languages.addHint')}
          value={tag}
          error={addError}
          onChange={(event) => setTag(event.currentTarget.value)}
        />
        <Button type="submit" disabled={!tag.trim()} isBusy={save.isPending}>
          {t('languages.addButton')}
        </Button>
      </form>
    </Card>
  );
}
