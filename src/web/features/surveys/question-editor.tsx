import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { TextArea } from '../../components/text-area.tsx';
import type { Audience } from './audience-picker.tsx';
import type { QuestionKind } from './queries.ts';

export type QuestionDraft = {
  key: number;
  kind: QuestionKind;
  textNl: string;
  textEn: string;
  optionsNl: string;
  optionsEn: string;
};
export type Draft = {
  titleNl: string;
  titleEn: string;
  introNl: string;
  introEn: string;
  audience: Audience;
  questions: QuestionDraft[];
};

let nextKey = 1;
export const emptyQuestion = (kind: QuestionKind = 'likert5'): QuestionDraft => ({
  key: nextKey++,
  kind,
  textNl: '',
  textEn: '',
  optionsNl: '',
  optionsEn: '',
});

const kinds = ['likert5', 'likert7', 'choice', 'text'] as const;

/** One question: its kind, its text in nl and en and, for a choice, its options (one a line). */
export function QuestionEditor({
  number,
  question,
  onChange,
  onRemove,
}: {
  number: number;
  question: QuestionDraft;
  onChange: (question: QuestionDraft) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation('surveys');
  const set = <K extends keyof QuestionDraft>(key: K, value: QuestionDraft[K]) =>
    onChange({ ...question, [key]: value });
  return (
    <li className="rounded-lg border border-slate-200 p-4">
      <fieldset className="space-y-3">
        <legend className="font-medium text-slate-900">{t('builder.question', { number })}</legend>
        <SelectField
          label={t('builder.kind')}
          value={question.kind}
          onChange={(event) => set('kind', event.target.value as QuestionKind)}
        >
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`questionKind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-3 md:grid-cols-2">
          <TextField
            label={t('builder.textNl')}
            required
            value={question.textNl}
            onChange={(e) => set('textNl', e.target.value)}
          />
          <TextField
            label={t('builder.textEn')}
            required
            value={question.textEn}
            onChange={(e) => set('textEn', e.target.value)}
          />
        </div>
        {question.kind === 'choice' && (
          <div className="grid gap-3 md:grid-cols-2">
            <TextArea
              label={t('builder.optionsNl')}
              hint={t('builder.optionsHint')}
              value={question.optionsNl}
              onChange={(e) => set('optionsNl', e.target.value)}
            />
            <TextArea
              label={t('builder.optionsEn')}
              hint={t('builder.optionsHint')}
              value={question.optionsEn}
              onChange={(e) => set('optionsEn', e.target.value)}
            />
          </div>
        )}
        {onRemove && (
          <Button variant="ghost" onClick={onRemove}>
            {t('builder.removeQuestion', { number })}
          </Button>
        )}
      </fieldset>
    </li>
  );
}
