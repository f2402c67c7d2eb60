import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Checkbox, SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { useDevelopmentMutation } from './development-api.ts';

type Template = Schemas['OrganisationConversationTemplate'];
type Wording = { nl: string; en: string };
// managerText: the manager's own wording, kept as it is when HR rewords the employee's question.
type Question = { key: number; id?: string; text: Wording; managerText?: Wording; hasRating: boolean };
type Section = { key: number; id?: string; title: Wording; questions: Question[] };
type Draft = { name: Wording; description: Wording; sections: Section[] };

let nextKey = 1;
const blank = (): Wording => ({ nl: '', en: '' });
const draftOf = (template: Template): Draft => ({
  name: template.name,
  description: template.description,
  sections: template.sections.map((section) => ({
    key: nextKey++,
    id: section.id,
    title: section.title,
    questions: section.questions.map((question) => ({
      key: nextKey++,
      id: question.id,
      text: question.text,
      managerText: question.managerText,
      hasRating: Boolean(question.hasRating),
    })),
  })),
});
/** The list with item `index` moved one place up (-1) or down (+1). */
function moved<T>(list: T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (target < 0 || target >= list.length) return list;
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

/** Dutch and English side by side: every reader gets the conversation in their own language. */
function WordingFields({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Wording;
  onChange: (value: Wording) => void;
}) {
  const { t } = useTranslation('development');
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField
        label={t('templates.inDutch', { label })}
        value={value.nl}
        onChange={(e) => onChange({ ...value, nl: e.target.value })}
      />
      <TextField
        label={t('templates.inEnglish', { label })}
        value={value.en}
        onChange={(e) => onChange({ ...value, en: e.target.value })}
      />
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

function TemplateEditor({ template }: { template: Template }) {
  const { t } = useTranslation('development');
  const [draft, setDraft] = useState<Draft>(() => draftOf(template));
  const toBody = () => ({
    name: draft.name,
    description: draft.description,
    sections: draft.sections.map((section) => ({
      id: section.id,
      title: section.title,
      questions: section.questions.map(({ id, text, managerText, hasRating }) => ({
        id,
        text,
        ...(managerText ? { managerText } : {}),
        hasRating,
      })),
    })),
  });
  const save = useDevelopmentMutation(() =>
    unwrap(
      api.PUT('/api/v1/conversation-cycles/templates/{key}', {
        params: { path: { key: template.key } },
        body: toBody(),
      }),
    ),
  );
  const reset = useDevelopmentMutation(() =>
    unwrap(
      api.DELETE('/api/v1/conversation-cycles/templates/{key}', { params: { path: { key: template.key } } }),
    ),
  );
  const setSection = (index: number, change: (section: Section) => Section) =>
    setDraft((current) => ({
      ...current,
      sections: current.sections.map((section, i) => (i === index ? change(section) : section)),
    }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined, { onSuccess: (saved) => setDraft(draftOf(saved)) });
  };
  return (
    <form onSubmit={submit} className="space-y-6" noValidate aria-label={t('templates.editing')}>
      <FormErrorRegion error={save.error ?? reset.error} />
      <WordingFields
        label={t('templates.name')}
        value={draft.name}
        onChange={(name) => setDraft({ ...draft, name })}
      />
      <WordingFields
        label={t('templates.description_label')}
        value={draft.description}
        onChange={(description) => setDraft({ ...draft, description })}
      />
      {draft.sections.map((section, s) => {
        const sectionName = t('templates.sectionN', { n: s + 1 });
        return (
          <fieldset key={section.key} className="space-y-4 rounded-xl border border-slate-200 p-4">
            <legend className="px-1 text-sm font-semibold text-slate-900">
              {sectionName}: {section.title.nl || '…'}
            </legend>
            <WordingFields
              label={t('templates.sectionTitle', { n: s + 1 })}
              value={section.title}
              onChange={(title) => setSection(s, (current) => ({ ...current, title }))}
            />
            <ol className="space-y-4">
              {section.questions.map((question, q) => {
                const questionName = t('templates.questionN', { section: s + 1, n: q + 1 });
                const setQuestion = (change: Partial<Question>) =>
                  setSection(s, (current) => ({
                    ...current,
                    questions: current.questions.map((item, i) => (i === q ? { ...item, ...change } : item)),
                  }));
                return (
                  <li key={question.key} className="space-y-2 rounded-lg bg-slate-50 p-3">
                    <WordingFields
                      label={questionName}
                      value={question.text}
                      onChange={(text) => setQuestion({ text })}
                    />
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <Checkbox
                        label={t('templates.hasRating', { name: questionName })}
                        checked={question.hasRating}
                        onChange={(e) => setQuestion({ hasRating: e.target.checked })}
                      />
                      <MoveButtons
                        name={questionName}
                        index={q}
                        count={section.questions.length}
                        onMove={(step) =>
                          setSection(s, (current) => ({
                            ...current,
                            questions: moved(current.questions, q, step),
                          }))
                        }
                        onRemove={() =>
                          setSection(s, (current) => ({
                            ...current,
                            questions: current.questions.filter((_, i) => i !== q),
                          }))
                        }
                      />
                    </div>
                  </li>
                );
              })}
            </ol>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Button
                variant="secondary"
                onClick={() =>
                  setSection(s, (current) => ({
                    ...current,
                    questions: [...current.questions, { key: nextKey++, text: blank(), hasRating: false }],
                  }))
                }
              >
                {t('templates.addQuestion', { section: s + 1 })}
              </Button>
              <MoveButtons
                name={sectionName}
                index={s}
                count={draft.sections.length}
                onMove={(step) => setDraft({ ...draft, sections: moved(draft.sections, s, step) })}
                onRemove={() => setDraft({ ...draft, sections: draft.sections.filter((_, i) => i !== s) })}
              />
            </div>
          </fieldset>
        );
      })}
      <Button
        variant="secondary"
        onClick={() =>
          setDraft({
            ...draft,
            sections: [
              ...draft.sections,
              {
                key: nextKey++,
                title: blank(),
                questions: [{ key: nextKey++, text: blank(), hasRating: false }],
              },
            ],
          })
        }
      >
        {t('templates.addSection')}
      </Button>
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
        <Button type="submit" isBusy={save.isPending}>
          {t('templates.save')}
        </Button>
        {template.isCustomised && (
          <Button
            variant="ghost"
            isBusy={reset.isPending}
            onClick={() => reset.mutate(undefined, { onSuccess: (shipped) => setDraft(draftOf(shipped)) })}
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
    </form>
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
