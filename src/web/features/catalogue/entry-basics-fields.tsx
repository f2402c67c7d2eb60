import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../api/errors.ts';
import { Checkbox, inputClass, TextField } from '../../components/field.tsx';
import { type Serves, ServesPicker } from './serves-picker.tsx';

type Basics = { title: string; language: 'nl' | 'en'; summary?: string | null; isSubstantial?: boolean };

type Props<T extends Basics> = {
  input: T;
  onInput: (input: T) => void;
  topicsText: string;
  onTopicsText: (text: string) => void;
  serves: Serves[];
  onServes: (serves: Serves[]) => void;
  fieldErrors: Record<string, FieldError>;
};

/** What a course and a path have in common: title, language, summary, topics, what it serves, weight. */
export function EntryBasicsFields<T extends Basics>(props: Props<T>) {
  const { t } = useTranslation('catalogue');
  const { input, onInput, fieldErrors } = props;
  return (
    <>
      <TextField
        label={t('editor.title')}
        required
        value={input.title}
        onChange={(e) => onInput({ ...input, title: e.target.value })}
        error={fieldErrors.title}
      />
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t('editor.language')}</span>
        <select
          className={inputClass}
          value={input.language}
          onChange={(e) => onInput({ ...input, language: e.target.value as 'nl' | 'en' })}
        >
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </label>
      <label className="text-sm sm:col-span-2">
        <span className="mb-1 block font-medium">{t('editor.summary')}</span>
        <textarea
          rows={2}
          className={inputClass}
          value={input.summary ?? ''}
          onChange={(e) => onInput({ ...input, summary: e.target.value })}
        />
      </label>
      <TextField
        label={t('editor.topics')}
        hint={t('editor.topicsHint')}
        value={props.topicsText}
        onChange={(e) => props.onTopicsText(e.target.value)}
      />
      <ServesPicker value={props.serves} onChange={props.onServes} fieldErrors={fieldErrors} />
      <Checkbox
        label={t('editor.substantial')}
        hint={t('editor.substantialHint')}
        checked={input.isSubstantial ?? false}
        onChange={(e) => onInput({ ...input, isSubstantial: e.target.checked })}
      />
    </>
  );
}
