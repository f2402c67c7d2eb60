import { useMutation } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { inputClass } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { AssignDialog } from '../learning/index.ts';
import {
  type PathInput,
  savePath,
  useAdminCourses,
  useAdminItems,
  useAdminPath,
  useInvalidateAdmin,
} from './catalogue-admin-api.ts';
import { EntryBasicsFields } from './entry-basics-fields.tsx';
import type { Serves } from './serves-picker.tsx';
import { StatusActions } from './status-actions.tsx';

/** Learning path builder: courses and items, ordered or free, deadlines relative to enrolment; copy. */
export function PathEditorPage() {
  const { t } = useTranslation('catalogue');
  const params = useParams({ strict: false }) as { id?: string };
  const navigate = useNavigate();
  const invalidate = useInvalidateAdmin();
  const existing = useAdminPath(params.id);
  const items = useAdminItems();
  const courses = useAdminCourses();
  const [input, setInput] = useState<PathInput>({
    language: 'nl',
    title: '',
    summary: '',
    isOrdered: true,
    steps: [],
    topics: [],
  });
  const [topicsText, setTopicsText] = useState('');
  const [serves, setServes] = useState<Serves[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setSaving] = useState(false);
  const copy = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/catalogue/paths/{id}/copy', { params: { path: { id } }, body: {} })),
    onSuccess: async (copied) => {
      await invalidate();
      await navigate({ to: '/admin/catalogue/paths/$id', params: { id: copied.id } });
    },
  });
  useEffect(() => {
    const path = existing.data;
    if (!path) return;
    setInput({
      language: path.language,
      title: path.title,
      summary: path.summary,
      isOrdered: path.isOrdered,
      steps: path.steps.map((s) => ({ kind: s.kind, id: s.id, dueDays: s.dueDays })),
      topics: path.topics,
      isSubstantial: path.isSubstantial,
    });
    setTopicsText(path.topics.join(', '));
    setServes(path.serves);
  }, [existing.data]);
  if (params.id && existing.isPending) return <Loading />;
  if (existing.isError) return <QueryError error={existing.error} />;
  const fieldErrors = fieldErrorsOf(error);
  const titles = new Map<string, string>([
    ...(courses.data?.map((c) => [`course:${c.id}`, c.title] as [string, string]) ?? []),
    ...(items.data?.items.map((i) => [`content:${i.id}`, i.title] as [string, string]) ?? []),
  ]);

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const saved = await savePath(params.id, {
        ...input,
        topics: topicsText
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
        serves: serves.map(({ kind, id }) => ({ kind, id })),
      });
      await invalidate();
      if (!params.id) await navigate({ to: '/admin/catalogue/paths/$id', params: { id: saved.id } });
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <PageHeader
        eyebrow={t('kinds.path')}
        title={params.id ? (existing.data?.title ?? '') : t('path.new')}
        actions={
          existing.data && (
            <>
              <StatusActions kind="paths" id={existing.data.id} status={existing.data.status} />
              <Button
                variant="secondary"
                isBusy={copy.isPending}
                onClick={() => copy.mutate(existing.data.id)}
              >
                {t('path.copy')}
              </Button>
              {existing.data.status === 'published' && (
                <AssignDialog
                  subject={{ type: 'path', id: existing.data.id }}
                  title={existing.data.title}
                  audience="organisation"
                />
              )}
            </>
          )
        }
      />
      <form
        className="space-y-6"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Card>
          <div className="grid gap-4 sm:grid-cols-2">
            <EntryBasicsFields
              input={input}
              onInput={setInput}
              topicsText={topicsText}
              onTopicsText={setTopicsText}
              serves={serves}
              onServes={setServes}
              fieldErrors={fieldErrors}
            />
            <label className="flex items-center gap-2 pt-6 text-sm font-medium">
              <input
                type="checkbox"
                className="size-4 accent-teal-700"
                checked={input.isOrdered ?? true}
                onChange={(e) => setInput({ ...input, isOrdered: e.target.checked })}
              />
              {t('path.ordered')}
            </label>
          </div>
        </Card>
        <Card title={t('path.steps')} titleId="path-steps">
          <ol className="divide-y divide-slate-100">
            {input.steps.map((step, index) => (
              <li key={`${step.kind}:${step.id}`} className="flex flex-wrap items-center gap-3 py-2 text-sm">
                <span className="w-6 text-slate-500">{index + 1}.</span>
                <span className="flex-1">
                  {titles.get(`${step.kind}:${step.id}`) ?? step.id}{' '}
                  <span className="text-slate-500">
                    ({t(`kinds.${step.kind === 'course' ? 'course' : 'item'}`)})
                  </span>
                </span>
                <label className="flex items-center gap-2">
                  {t('path.dueDays')}
                  <input
                    type="number"
                    min={1}
                    className={`${inputClass} w-24`}
                    value={step.dueDays ?? ''}
                    onChange={(e) =>
                      setInput({
                        ...input,
                        steps: input.steps.map((s, i) =>
                          i === index ? { ...s, dueDays: Number(e.target.value) || null } : s,
                        ),
                      })
                    }
                  />
                </label>
                <Button
                  variant="ghost"
                  aria-label={t('course.removeModule')}
                  onClick={() => setInput({ ...input, steps: input.steps.filter((_, i) => i !== index) })}
                >
                  ✕
                </Button>
              </li>
            ))}
          </ol>
          <label className="mt-3 block text-sm">
            <span className="mb-1 block font-medium">{t('path.addStep')}</span>
            <select
              className={inputClass}
              value=""
              onChange={(e) => {
                const [kind, id] = e.target.value.split(':') as ['course' | 'content', string];
                if (id) setInput({ ...input, steps: [...input.steps, { kind, id, dueDays: null }] });
              }}
            >
              <option value="">{t('course.chooseModule')}</option>
              <optgroup label={t('admin.courses')}>
                {courses.data?.map((course) => (
                  <option key={course.id} value={`course:${course.id}`}>
                    {course.title}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('admin.items')}>
                {items.data?.items.map((item) => (
                  <option key={item.id} value={`content:${item.id}`}>
                    {item.title}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
        </Card>
        <FormErrorRegion error={error} shownFields={['title']} />
        <Button type="submit" isBusy={isSaving}>
          {t('actions.save')}
        </Button>
      </form>
    </>
  );
}
