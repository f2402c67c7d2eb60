import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../api/errors.ts';
import { TextField } from '../../components/field.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { directionOf, languageName } from '../../i18n/content-languages.ts';

type Translation = { language: string; title: string; body?: string };

/**
 * A message's (or theme's) texts in the organisation's other languages (beside the nl/en fields). Each
 * field is marked with its lang and dir, so Arabic is typed right to left. A language left empty is not
 * sent: its readers get their interface language. `field` is where the API names their errors
 * (`messages.0.translations`, `translations`). `titleOnly`: one line per language, as a nudge's text
 * (labelled `titleLabel`, with `legend` above the fields).
 */
export function MessageLanguages({
  languages,
  translations,
  field: prefix,
  errors,
  onChange,
  hint,
  titleOnly = false,
  titleLabel = 'editor.titleIn',
  legend = 'editor.otherLanguages',
}: {
  languages: string[];
  translations: Translation[];
  field: string;
  errors: Record<string, FieldError>;
  onChange: (translations: Translation[]) => void;
  hint?: string;
  titleOnly?: boolean;
  titleLabel?: string;
  legend?: string;
}) {
  const { t, i18n } = useTranslation('campaigns');
  if (!languages.length) return null;
  const set = (language: string, change: Partial<Translation>) => {
    const current = translations.find((tr) => tr.language === language) ?? { language, title: '', body: '' };
    const next = { ...current, ...change };
    const others = translations.filter((tr) => tr.language !== language);
    // Kept in the order of the organisation's languages; an empty one is dropped.
    const all = next.title || next.body ? [...others, next] : others;
    onChange(languages.flatMap((l) => all.filter((tr) => tr.language === l)));
  };
  return (
    <fieldset className="md:col-span-3">
      <legend className="text-sm font-medium text-slate-800">{t(legend)}</legend>
      <p className="mb-2 text-sm text-slate-600">{hint ?? t('editor.otherLanguagesHint')}</p>
      <div className="grid gap-3 md:grid-cols-2">
        {languages.map((language) => {
          const name = languageName(language, i18n.language);
          const position = translations.findIndex((tr) => tr.language === language);
          const text = translations[position];
          const field = (part: string) => errors[`${prefix}.${position}.${part}`];
          const dir = directionOf(language);
          return (
            <div key={language} className="space-y-2 rounded-md bg-slate-50 p-2">
              <TextField
                label={t(titleLabel, { language: name })}
                lang={language}
                dir={dir}
                value={text?.title ?? ''}
                error={position >= 0 ? (field('title') ?? field('language')) : undefined}
                onChange={(event) => set(language, { title: event.currentTarget.value })}
              />
              {!titleOnly && (
                <TextArea
                  label={t('editor.bodyIn', { language: name })}
                  lang={language}
                  dir={dir}
                  value={text?.body ?? ''}
                  onChange={(event) => set(language, { body: event.currentTarget.value })}
                />
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
