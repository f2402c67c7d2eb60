import { useMutation } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { SelectField as PlainSelectField } from '../../components/field.tsx';
import { CheckboxField, TextField } from '../../components/form/index.ts';
import { Card } from '../../components/page.tsx';
import {
  savePath,
  useAdminCourses,
  useAdminItems,
  useAdminPath,
  useInvalidateAdmin,
} from './catalogue-admin-api.ts';
import { titledShape, topicsAndServesShape } from './entry-editor.tsx';
import { StructureEditor, useStructureForm } from './structure-editor.tsx';

const pathSchema = z.object({
  ...titledShape,
  ...topicsAndServesShape,
  isOrdered: z.boolean(),
  steps: z.array(
    z.object({
      kind: z.enum(['course', 'content']),
      id: z.string(),
      dueDays: z.number().int().min(1).nullable(),
    }),
  ),
});
type PathValues = z.input<typeof pathSchema>;

/** Learning path builder: courses and items, ordered or free, deadlines relative to enrolment; copy. */
export function PathEditorPage() {
  const { t } = useTranslation('catalogue');
  const params = useParams({ strict: false }) as { id?: string };
  const navigate = useNavigate();
  const invalidate = useInvalidateAdmin();
  const existing = useAdminPath(params.id);
  const form = useStructureForm(pathSchema, existing.data, {
    defaults: { isOrdered: true, steps: [] },
    of: (path) => ({
      isOrdered: path.isOrdered,
      steps: path.steps.map((s) => ({ kind: s.kind, id: s.id, dueDays: s.dueDays })),
    }),
  });
  const copy = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/catalogue/paths/{id}/copy', { params: { path: { id } }, body: {} })),
    onSuccess: async (copied) => {
      await invalidate();
      await navigate({ to: '/admin/catalogue/paths/$id', params: { id: copied.id } });
    },
  });
  return (
    <StructureEditor
      kind="path"
      id={params.id}
      existing={existing}
      form={form}
      save={savePath}
      actions={(path) => (
        <Button variant="secondary" isBusy={copy.isPending} onClick={() => copy.mutate(path.id)}>
          {t('path.copy')}
        </Button>
      )}
      fields={<CheckboxField name="isOrdered" label={t('path.ordered')} />}
    >
      <Steps />
    </StructureEditor>
  );
}

function Steps() {
  const { t } = useTranslation('catalogue');
  const items = useAdminItems();
  const courses = useAdminCourses();
  // The steps carry their own `id` (the course or item), so the array's React key gets another name.
  const steps = useFieldArray<PathValues, 'steps', 'key'>({ name: 'steps', keyName: 'key' });
  const titles = new Map<string, string>([
    ...(courses.data?.map((c) => [`course:${c.id}`, c.title] as [string, string]) ?? []),
    ...(items.data?.items.map((i) => [`content:${i.id}`, i.title] as [string, string]) ?? []),
  ]);
  return (
    <Card title={t('path.steps')} titleId="path-steps">
      <ol className="divide-y divide-slate-100">
        {steps.fields.map((step, index) => (
          <li key={step.key} className="flex flex-wrap items-center gap-3 py-2 text-sm">
            <span className="w-6 text-slate-500">{index + 1}.</span>
            <span className="flex-1">
              {titles.get(`${step.kind}:${step.id}`) ?? step.id}{' '}
              <span className="text-slate-500">
                ({t(`kinds.${step.kind === 'course' ? 'course' : 'item'}`)})
              </span>
            </span>
            <div className="w-40">
              <TextField name={`steps.${index}.dueDays`} label={t('path.dueDays')} type="number" min={1} />
            </div>
            <Button variant="ghost" aria-label={t('course.removeModule')} onClick={() => steps.remove(index)}>
              ✕
            </Button>
          </li>
        ))}
      </ol>
      <div className="mt-3">
        <PlainSelectField
          label={t('path.addStep')}
          value=""
          onChange={(e) => {
            const [kind, id] = e.target.value.split(':') as ['course' | 'content', string];
            if (id) steps.append({ kind, id, dueDays: null });
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
        </PlainSelectField>
      </div>
    </Card>
  );
}
