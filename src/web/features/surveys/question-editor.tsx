import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/form/index.ts';
import { type Draft, questionKinds } from './survey-draft.ts';

/** One question: its kind, its text in nl and en and, for a choice, its options (one a line). */
export function QuestionEditor({ index, onRemove }: { index: number; onRemove?: () => void }) {
  const { t } = useTranslation('surveys');
  const { control } = useFormContext<Draft>();
  const kind = useWatch({ control, name: `questions.${index}.kind` });
  const number = index + 1;
  return (
    <li className="rounded-lg border border-slate-200 p-4">
      <fieldset className="space-y-3">
        <legend className="font-medium text-slate-900">{t('builder.question', { number })}</legend>
        <SelectField name={`questions.${index}.kind`} label={t('builder.kind')}>
          {questionKinds.map((each) => (
            <option key={each} value={each}>
              {t(`questionKind.${each}`)}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-3 md:grid-cols-2">
          <TextField name={`questions.${index}.textNl`} label={t('builder.textNl')} required />
          <TextField name={`questions.${index}.textEn`} label={t('builder.textEn')} required />
        </div>
        {kind === 'choice' && (
          <div className="grid gap-3 md:grid-cols-2">
            <TextAreaField
              name={`questions.${index}.optionsNl`}
              label={t('builder.optionsNl')}
              hint={t('builder.optionsHint')}
            />
            <TextAreaField
              name={`questions.${index}.optionsEn`}
              label={t('builder.optionsEn')}
              hint={t('builder.optionsHint')}
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
