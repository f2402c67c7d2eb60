import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { SelectField } from '../../components/field.tsx';
import {
  CheckboxField,
  Form,
  FormError,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { useDevelopmentMutation } from './development-api.ts';

type Template = Schemas['OrganisationConversationTemplate'];

// The API's templateBody: every wording in Dutch and English; sections (1 to 20) of questions (1 to
// 30). managerText is the manager's own wording, kept as it is when HR rewords the employee's question.
const wording = (max: number) =>
  z.object({ nl: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });
const templateSchema = z.object({
  name: wording(120),
  description: z.object({ nl: z.string().trim().max(1000), en: z.string().trim().max(1000) }),
  sections: z
    .array(
      z.object({
        id: z.string().optional(),
        title: wording(200),
        questions: z
          .array(
            z.object({
              id: z.string().optional(),
              text: wording(500),
              managerText: z.object({ nl: z.string(), en: z.string() }).optional(),
              hasRating: z.boolean(),
            }),
          )
          .min(1)
          .max(30),
      }),
    )
    .min(1)
    .max(20),
});
type TemplateValues = z.input<typeof templateSchema>;

const blank = () => ({ nl: '', en: '' });
const blankQuestion = () => ({ text: blank(), hasRating: false });
const valuesOf = (template: Template): TemplateValues => ({
  name: template.name,
  description: template.description,
  sections: template.sections.map((section) => ({
    id: section.id,
    title: section.title,
    questions: section.questions.map((question) => ({
      id: question.id,
      text: question.text,
      ...(question.managerText ? { managerText: question.managerText } : {}),
      hasRating: Boolean(question.hasRating),
    })),
  })),
});

/** Dutch and English side by side: every reader gets the conversation in their own language. */
function WordingFields({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation('development');
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField name={`${name}.nl`} label={t('templates.inDutch', { label })} />
      <TextField name={`${name}.en`} label={t('templates.inEnglish', { label })} />
    </div>
  );
}

function MoveButtons({
  name,
  index,
  count,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('development');
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        variant="ghost"
        onClick={() => onMove(-1)}
        disabled={index === 0}
        aria-label={t('templates.up', { name })}
      >
        {t('templates.upShort')}
      </Button>
      <Button
        variant="ghost"
        onClick={() => onMove(1)}
        disabled={index === count - 1}
        aria-label={t('templates.down', { name })}
      >
        {t('templates.downShort')}
      </Button>
      <Button
        variant="ghost"
        onClick={onRemove}
        disabled={count === 1}
        aria-label={t('templates.remove', { name })}
      >
        {t('templates.removeShort')}
      </Button>
    </div>
  );
}

/** One section: its title and its questions, each movable and removable. */
function SectionFields({
  index: s,
  count,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('development');
  const questions = useFieldArray<TemplateValues, `sections.${number}.questions`, 'key'>({
    name: `sections.${s}.questions`,
    keyName: 'key',
  });
  const titleNl = useWatch<TemplateValues, `sections.${number}.title.nl`>({ name: `sections.${s}.title.nl` });
  const sectionName = t('templates.sectionN', { n: s + 1 });
  return (
    <fieldset className="space-y-4 rounded-xl border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">
        {sectionName}: {titleNl || '…'}
      </legend>
      <WordingFields name={`sections.${s}.title`} label={t('templates.sectionTitle', { n: s + 1 })} />
      <ol className="space-y-4">
        {questions.fields.map((question, q) => {
          const questionName = t('templates.questionN', { section: s + 1, n: q + 1 });
          return (
            <li key={question.key} className="space-y-2 rounded-lg bg-slate-50 p-3">
              <WordingFields name={`sections.${s}.questions.${q}.text`} label={questionName} />
              <div className="flex flex-wrap items-center justify-between gap-2">
                <CheckboxField
                  name={`sections.${s}.questions.${q}.hasRating`}
                  label={t('templates.hasRating', { name: questionName })}
                />
                <MoveButtons
                  name={questionName}
                  index={q}
                  count={questions.fields.length}
                  onMove={(step) => questions.swap(q, q + step)}
                  onRemove={() => questions.remove(q)}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Button variant="secondary" onClick={() => questions.append(blankQuestion())}>
          {t('templates.addQuestion', { section: s + 1 })}
        </Button>
        <MoveButtons name={sectionName} index={s} count={count} onMove={onMove} onRemove={onRemove} />
      </div>
    </fieldset>
  );
}

function TemplateEditor({ template }: { template: Template }) {
  const { t } = useTranslation('development');
  const form = useZodForm(templateSchema, { defaultValues: valuesOf(template) });
  const sections = useFieldArray({ control: form.control, name: 'sections', keyName: 'key' });
  const save = useDevelopmentMutation((body: z.output<typeof templateSchema>) =>
    unwrap(
      api.PUT('/api/v1/conversation-cycles/templates/{key}', {
        params: { path: { key: template.key } },
        body,
      }),
    ),
  );
  const reset = useDevelopmentMutation(() =>
    unwrap(
      api.DELETE('/api/v1/conversation-cycles/templates/{key}', { params: { path: { key: template.key } } }),
    ),
  );
  return (
    <Form
      form={form}
      onSubmit={async (values) => {
        save.reset();
        // Start again from what the server kept (new questions now have their ids).
        form.reset(valuesOf(await save.mutateAsync(values)));
      }}
      className="space-y-6"
      aria-label={t('templates.editing')}
    >
      <FormError />
      <FormErrorRegion error={reset.error} />
      <WordingFields name="name" label={t('templates.name')} />
      <WordingFields name="description" label={t('templates.description_label')} />
      {sections.fields.map((section, s) => (
        <SectionFields
          key={section.key}
          index={s}
          count={sections.fields.length}
          onMove={(step) => sections.swap(s, s + step)}
          onRemove={() => sections.remove(s)}
        />
      ))}
      <Button
        variant="secondary"
        onClick={() => sections.append({ title: blank(), questions: [blankQuestion()] })}
      >
        {t('templates.addSection')}
      </Button>
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
        <SubmitButton>{t('templates.save')}</SubmitButton>
        {template.isCustomised && (
          <Button
            variant="ghost"
            isBusy={reset.isPending}
            onClick={() => reset.mutate(undefined, { onSuccess: (shipped) => form.reset(valuesOf(shipped)) })}
          >
            {t('templates.reset')}
          </Button>
        )}
        {save.isSuccess && (
          <p role="status" className="text-sm text-emerald-800">
            {t('templates.saved')}
          </p>
        )}
      </div>
    </Form>
  );
}

/** HR words the conversation templates; cycles opened afterwards use the new wording. */
export function TemplatesPage() {
  const { t, i18n } = useTranslation('development');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [key, setKey] = useState('ontwikkelgesprek');
  const templates = useQuery({
    queryKey: ['development', 'templates'],
    queryFn: () => unwrap(api.GET('/api/v1/conversation-cycles/templates')),
  });
  if (templates.isPending) return <Loading />;
  if (templates.isError) return <QueryError error={templates.error} />;
  const template = templates.data.find((candidate) => candidate.key === key) ?? templates.data[0];
  return (
    <>
      <PageHeader title={t('templates.title')} description={t('templates.description')} />
      <Card title={t('templates.choose')} titleId="templates-choose">
        <div className="flex flex-wrap items-end gap-3">
          <SelectField
            label={t('templates.template')}
            value={template?.key}
            onChange={(e) => setKey(e.target.value)}
          >
            {templates.data.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {candidate.name[lang]}
              </option>
            ))}
          </SelectField>
          {template && (
            <Badge tone={template.isCustomised ? 'violet' : 'blue'}>
              {template.isCustomised ? t('templates.customised') : t('templates.shipped')}
            </Badge>
          )}
        </div>
      </Card>
      {template && (
        <div className="mt-6">
          {/* A fresh editor per template; saving and resetting refresh the draft themselves. */}
          <TemplateEditor key={template.key} template={template} />
        </div>
      )}
    </>
  );
}
