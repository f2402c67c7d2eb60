import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../components/button.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/form/index.ts';
import type { QuestionKind } from './queries.ts';

const kinds = ['likert5', 'likert7', 'choice', 'text'] as const;
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const words = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');

/** One question as the form holds it: a choice's options are one a line, in nl and in en. */
export const questionDraft = z
  .object({
    kind: z.enum(kinds),
    textNl: words(500),
    textEn: words(500),
    optionsNl: z.string(),
    optionsEn: z.string(),
  })
  .superRefine((question, ctx) => {
    if (question.kind !== 'choice') return;
    const count = lines(question.optionsNl).length;
    if (count < 2) ctx.addIssue({ code: 'custom', path: ['optionsNl'], message: 'tooShort' });
    if (count > 10) ctx.addIssue({ code: 'custom', path: ['optionsNl'], message: 'tooLong' });
    if (lines(question.optionsNl).some((option) => option.length > 200))
      ctx.addIssue({ code: 'custom', path: ['optionsNl'], message: 'tooLong' });
  });

export const surveyDraft = z.object({
  titleNl: words(200),
  titleEn: words(200),
  introNl: z.string().trim().max(2000, 'tooLong'),
  introEn: z.string().trim().max(2000, 'tooLong'),
  audience: z.object({ unitIds: z.array(z.string()), roles: z.array(z.string()) }),
  questions: z.array(questionDraft).min(1).max(30),
});
export type Draft = z.input<typeof surveyDraft>;
export type QuestionDraft = z.input<typeof questionDraft>;

export const emptyQuestion = (kind: QuestionKind = 'likert5'): QuestionDraft => ({
  kind,
  textNl: '',
  textEn: '',
  optionsNl: '',
  optionsEn: '',
});

/** The options as the API takes them: each Dutch line with the English line at its place (else the same). */
export function optionsOf(question: z.output<typeof questionDraft>) {
  if (question.kind !== 'choice') return [];
  const en = lines(question.optionsEn);
  return lines(question.optionsNl).map((option, index) => ({ nl: option, en: en[index] || option }));
}

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
          {kinds.map((each) => (
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
