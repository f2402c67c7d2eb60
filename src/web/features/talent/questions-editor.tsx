import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../components/button.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { Card } from '../../components/page.tsx';
import { type Question, type Round, useSetQuestions } from './queries.ts';

// The form of a round, edited by HR while the round is a draft: the same limits as the API's
// TalentQuestion, so the words under a field are the same whether the browser or the server refuses.
const questionsSchema = z.object({
  questions: z
    .array(
      z.object({
        id: z.string(),
        textNl: z.string().trim().min(1).max(300),
        textEn: z.string().trim().min(1).max(300),
        figures: z.enum(['none', 'team', 'own']),
      }),
    )
    .min(1)
    .max(12),
});

/** Answers are stored by question id: a new question gets a fresh one nobody has to type. */
const newId = () => `q-${crypto.randomUUID().slice(0, 8)}`;

export function QuestionsEditor({ round }: { round: Round }) {
  const { t } = useTranslation('talent');
  const save = useSetQuestions(round.id);
  const [saved, setSaved] = useState('');
  const form = useZodForm(questionsSchema, { defaultValues: { questions: round.questions as Question[] } });
  const questions = useFieldArray({ control: form.control, name: 'questions' });
  const count = questions.fields.length;
  return (
    <Card title={t('questions.title')} titleId="talent-questions">
      <p className="mb-3 text-sm text-slate-600">{t('questions.intro')}</p>
      <Form
        form={form}
        aria-label={t('questions.title')}
        onSubmit={async (values) => {
          setSaved('');
          const round = await save.mutateAsync(values.questions);
          // Start again from what the server kept, so the form shows the saved order.
          form.reset({ questions: round.questions });
          setSaved(t('questions.saved'));
        }}
      >
        {questions.fields.map((field, index) => (
          <fieldset key={field.id} className="space-y-2 rounded-lg border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">
              {t('questions.number', { number: index + 1 })}
            </legend>
            <TextField name={`questions.${index}.textNl`} label={t('questions.textNl')} maxLength={300} />
            <TextField name={`questions.${index}.textEn`} label={t('questions.textEn')} maxLength={300} />
            <SelectField name={`questions.${index}.figures`} label={t('questions.figures')}>
              {(['none', 'team', 'own'] as const).map((value) => (
                <option key={value} value={value}>
                  {t(`questions.figuresOf.${value}`)}
                </option>
              ))}
            </SelectField>
            <div className="flex flex-wrap gap-2">
              <Button
                variant="ghost"
                disabled={index === 0}
                onClick={() => questions.move(index, index - 1)}
                aria-label={t('questions.upLabel', { number: index + 1 })}
              >
                {t('questions.up')}
              </Button>
              <Button
                variant="ghost"
                disabled={index === count - 1}
                onClick={() => questions.move(index, index + 1)}
                aria-label={t('questions.downLabel', { number: index + 1 })}
              >
                {t('questions.down')}
              </Button>
              <Button
                variant="ghost"
                disabled={count === 1}
                onClick={() => questions.remove(index)}
                aria-label={t('questions.removeLabel', { number: index + 1 })}
              >
                {t('questions.remove')}
              </Button>
            </div>
          </fieldset>
        ))}
        {count < 12 && (
          <Button
            variant="secondary"
            onClick={() => questions.append({ id: newId(), textNl: '', textEn: '', figures: 'none' })}
          >
            {t('questions.add')}
          </Button>
        )}
        <FormError />
        <SubmitButton>{t('questions.save')}</SubmitButton>
        <p role="status" className="text-sm text-emerald-800">
          {saved}
        </p>
      </Form>
    </Card>
  );
}
