import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import {
  CheckboxField,
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { directionKeys } from './api.ts';
import { PrincipleItemEditor, principleOf, principleSchema } from './principle-item-editor.tsx';
import { CompetencySkillPicker, SkillChips } from './skill-picker.tsx';

// The API's saveStatementBody: which statement, in which language, its text (at most 20000).
const statementSchema = z.object({
  kind: z.enum(['mission', 'vision', 'strategy']),
  locale: z.enum(['nl', 'en']),
  body: z.string().trim().min(1).max(20_000),
  isDraft: z.boolean(),
});

function StatementEditor() {
  const { t } = useTranslation('direction');
  const format = useFormat();
  const queryClient = useQueryClient();
  const form = useZodForm(statementSchema, {
    defaultValues: { kind: 'mission', locale: 'nl', body: '', isDraft: false },
  });
  const [kind, locale] = useWatch({ control: form.control, name: ['kind', 'locale'] });
  const history = useQuery({
    queryKey: ['direction', 'statements', kind, locale],
    queryFn: () => unwrap(api.GET('/api/v1/direction/statements', { params: { query: { kind, locale } } })),
  });
  const current = history.data?.[0];
  // The text box starts with the current version, so an edit changes it instead of retyping it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only another statement refills the text
  useEffect(() => {
    if (!history.isPending) form.setValue('body', current?.body ?? '');
  }, [kind, locale, current?.id, history.isPending]);
  const save = useMutation({
    mutationFn: ({ isDraft, ...values }: z.output<typeof statementSchema>) =>
      unwrap(
        api.POST('/api/v1/direction/statements', {
          body: { ...values, status: isDraft ? 'draft' : 'published' },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directionKeys.direction }),
  });
  return (
    <Card title={t('editor.statements')} titleId="statements">
      <Form form={form} onSubmit={(values) => save.mutateAsync(values)} className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField name="kind" label={t('editor.kind')}>
            {(['mission', 'vision', 'strategy'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`statementKinds.${k}`)}
              </option>
            ))}
          </SelectField>
          <SelectField name="locale" label={t('editor.language')}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </SelectField>
        </div>
        {history.isPending ? (
          <Loading />
        ) : (
          <TextAreaField
            name="body"
            label={t('editor.newVersion')}
            hint={current ? t('editor.startsWithCurrent') : undefined}
            rows={4}
            required
          />
        )}
        <CheckboxField name="isDraft" label={t('editor.asDraft')} hint={t('editor.asDraftHint')} />
        <FormError />
        <SubmitButton>{t('editor.saveVersion')}</SubmitButton>
      </Form>
      <h3 className="mt-6 text-sm font-semibold text-slate-900">{t('editor.history')}</h3>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <QueryError error={history.error} />
      ) : (
        <ol className="mt-2 space-y-2">
          {history.data.map((version) => (
            <li key={version.id} className="rounded-lg bg-slate-50 p-3 text-sm">
              <p className="text-xs text-slate-500">
                {t('editor.versionBy', {
                  version: version.version,
                  name: version.createdBy?.name ?? '—',
                  date: format.dateTime(version.createdAt),
                })}
              </p>
              {version.status === 'draft' && (
                <p className="text-xs font-semibold text-amber-800">{t('editor.draft')}</p>
              )}
              <p className="whitespace-pre-line text-slate-900">{version.body}</p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

function PrincipleEditor({ collection }: { collection: 'values' | 'competencies' }) {
  const { t } = useTranslation('direction');
  const queryClient = useQueryClient();
  const path = collection === 'values' ? '/api/v1/direction/values' : '/api/v1/direction/competencies';
  const list = useQuery({ queryKey: ['direction', collection], queryFn: () => unwrap(api.GET(path)) });
  const [linking, setLinking] = useState<string | null>(null);
  const form = useZodForm(principleSchema, {
    defaultValues: { name: '', description: '', behaviours: '', isDraft: false },
  });
  const add = useMutation({
    mutationFn: (values: z.output<typeof principleSchema>) =>
      unwrap(api.POST(path, { body: { ...principleOf(values), position: (list.data?.length ?? 0) + 1 } })),
    onSuccess: async () => {
      // A next one starts empty; whether it is a draft stays as chosen.
      form.reset({ name: '', description: '', behaviours: '', isDraft: form.getValues('isDraft') });
      await queryClient.invalidateQueries({ queryKey: ['direction'] });
    },
  });
  const title = collection === 'values' ? t('editor.values') : t('editor.competencies');
  return (
    <Card title={title} titleId={`editor-${collection}`}>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} />
      ) : (
        <ul className="mb-4 space-y-2">
          {list.data.map((item) => (
            <li key={item.id} className="text-sm">
              <span className="font-medium text-slate-900">{item.name}</span>
              {item.status === 'draft' && (
                <span className="ml-2 text-xs font-semibold text-amber-800">{t('editor.draft')}</span>
              )}
              {item.description && <span className="text-slate-600"> — {item.description}</span>}
              {item.behaviours.length > 0 && (
                <ul className="mt-1 list-disc pl-5 text-xs text-slate-600">
                  {item.behaviours.map((b) => (
                    <li key={b.level}>
                      {t('editor.behaviourLevel', { level: b.level, description: b.description })}
                    </li>
                  ))}
                </ul>
              )}
              <PrincipleItemEditor key={JSON.stringify(item)} collection={collection} item={item} />
              {collection === 'competencies' &&
                (linking === item.id ? (
                  <CompetencySkillPicker competency={item} onDone={() => setLinking(null)} />
                ) : (
                  <>
                    <SkillChips
                      skills={item.skills ?? []}
                      label={t('editor.linkedSkillsOf', { name: item.name })}
                    />
                    <button
                      type="button"
                      className="mt-1 text-xs font-medium text-teal-700 hover:underline"
                      onClick={() => setLinking(item.id)}
                    >
                      {t('editor.linkSkills', { name: item.name })}
                    </button>
                  </>
                ))}
            </li>
          ))}
        </ul>
      )}
      <Form
        form={form}
        onSubmit={(values) => add.mutateAsync(values)}
        className="grid gap-2 sm:grid-cols-[1fr_2fr_auto] sm:items-end"
      >
        <TextField name="name" label={t('editor.name')} required />
        <TextField name="description" label={t('editor.description')} />
        <div className="sm:col-span-3">
          <TextAreaField name="behaviours" label={t('editor.behaviours')} hint={t('editor.behavioursHint')} />
        </div>
        <div className="sm:col-span-3">
          <CheckboxField name="isDraft" label={t('editor.asDraft')} />
        </div>
        <SubmitButton variant="secondary">{t('editor.add')}</SubmitButton>
        <div className="sm:col-span-3">
          <FormError />
        </div>
      </Form>
    </Card>
  );
}

/** Management's editor for mission, vision, strategy (versioned per language), values and competencies. */
export function DirectionEditorPage() {
  const { t } = useTranslation('direction');
  return (
    <>
      <PageHeader title={t('editor.pageTitle')} description={t('editor.intro')} />
      <div className="grid gap-4 lg:grid-cols-2">
        <StatementEditor />
        <div className="space-y-4">
          <PrincipleEditor collection="values" />
          <PrincipleEditor collection="competencies" />
        </div>
      </div>
    </>
  );
}
