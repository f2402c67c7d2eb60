import { useNavigate, useParams } from '@tanstack/react-router';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../components/button.tsx';
import { SelectField as PlainSelectField } from '../../components/field.tsx';
import { SelectField, TextField, useZodForm } from '../../components/form/index.ts';
import { Card } from '../../components/page.tsx';
import { AssignDialog } from '../learning/index.ts';
import {
  saveCourse,
  useAdminCourse,
  useAdminCourses,
  useAdminItems,
  useInvalidateAdmin,
} from './catalogue-admin-api.ts';
import { CoverField } from './cover-field.tsx';
import {
  EntryEditor,
  servesOf,
  TitleFields,
  TopicsAndServesFields,
  titledShape,
  topicsAndServesShape,
  topicsOf,
  useLoadedValues,
} from './entry-editor.tsx';
import { StatusActions } from './status-actions.tsx';

const courseSchema = z.object({
  ...titledShape,
  ...topicsAndServesShape,
  prerequisiteIds: z.array(z.string()),
  sections: z.array(z.object({ title: z.string(), contentIds: z.array(z.string()) })),
});
type CourseValues = z.input<typeof courseSchema>;

/** Course builder: sections of modules picked from the content items, prerequisites, topics. */
export function CourseEditorPage() {
  const { t } = useTranslation('catalogue');
  const params = useParams({ strict: false }) as { id?: string };
  const navigate = useNavigate();
  const invalidate = useInvalidateAdmin();
  const existing = useAdminCourse(params.id);
  const courses = useAdminCourses();
  const form = useZodForm(courseSchema, {
    defaultValues: {
      language: 'nl',
      title: '',
      summary: '',
      sections: [{ title: t('course.firstSection'), contentIds: [] }],
      prerequisiteIds: [],
      topicsText: '',
      serves: [],
      isSubstantial: false,
    },
  });
  useLoadedValues(
    form,
    existing.data,
    (course): CourseValues => ({
      language: course.language,
      title: course.title,
      summary: course.summary ?? '',
      sections: course.sections.map((s) => ({
        title: s.title,
        contentIds: s.modules.map((m) => m.contentId),
      })),
      prerequisiteIds: course.prerequisites.map((p) => p.id),
      topicsText: course.topics.join(', '),
      serves: course.serves,
      isSubstantial: course.isSubstantial,
    }),
  );
  const course = existing.data;
  return (
    <EntryEditor
      id={params.id}
      existing={existing}
      eyebrow={t('kinds.course')}
      title={params.id ? (course?.title ?? '') : t('course.new')}
      actions={
        course && (
          <>
            <StatusActions kind="courses" id={course.id} status={course.status} />
            {course.status === 'published' && (
              <AssignDialog
                subject={{ type: 'course', id: course.id }}
                title={course.title}
                audience="organisation"
              />
            )}
          </>
        )
      }
      form={form}
      onSubmit={async ({ topicsText, serves, ...values }) => {
        const saved = await saveCourse(params.id, {
          ...values,
          topics: topicsOf(topicsText),
          serves: servesOf(serves),
        });
        await invalidate();
        if (!params.id) await navigate({ to: '/admin/catalogue/courses/$id', params: { id: saved.id } });
      }}
    >
      <Card>
        <div className="grid gap-4 sm:grid-cols-2">
          <TitleFields />
          <TopicsAndServesFields />
          <SelectField name="prerequisiteIds" label={t('course.prerequisites')} multiple size={4}>
            {courses.data
              ?.filter((other) => other.id !== params.id)
              .map((other) => (
                <option key={other.id} value={other.id}>
                  {other.title}
                </option>
              ))}
          </SelectField>
        </div>
      </Card>
      <Sections />
      {existing.data && (
        <CoverField subject={{ type: 'course', id: existing.data.id }} cover={existing.data.cover} />
      )}
    </EntryEditor>
  );
}

function Sections() {
  const { t } = useTranslation('catalogue');
  const sections = useFieldArray<CourseValues, 'sections'>({ name: 'sections' });
  return (
    <>
      {sections.fields.map((section, index) => (
        <Card
          key={section.id}
          title={t('course.section', { number: index + 1 })}
          titleId={`section-${section.id}`}
        >
          <div className="space-y-3">
            <TextField name={`sections.${index}.title`} label={t('course.sectionTitle')} />
            <SectionModules index={index} />
          </div>
        </Card>
      ))}
      <Button variant="secondary" onClick={() => sections.append({ title: '', contentIds: [] })}>
        {t('course.addSection')}
      </Button>
    </>
  );
}

/** The modules of one section, in order: move up, remove, add from the items not used yet. */
function SectionModules({ index }: { index: number }) {
  const { t } = useTranslation('catalogue');
  const items = useAdminItems();
  const { setValue } = useFormContext<CourseValues>();
  const allSections = useWatch<CourseValues, 'sections'>({ name: 'sections' });
  const contentIds = allSections[index]?.contentIds ?? [];
  const setIds = (ids: string[]) => setValue(`sections.${index}.contentIds`, ids, { shouldDirty: true });
  const itemOf = new Map(items.data?.items.map((item) => [item.id, item]) ?? []);
  return (
    <>
      <ol className="divide-y divide-slate-100">
        {contentIds.map((contentId, position) => (
          <li key={contentId} className="flex items-center gap-2 py-2 text-sm">
            <span className="flex-1">
              {itemOf.get(contentId)?.title ?? contentId}{' '}
              <span className="text-slate-500">
                ({t(`kinds.${itemOf.get(contentId)?.kind ?? 'article'}`)})
              </span>
            </span>
            <Button
              variant="ghost"
              aria-label={t('course.moveUp')}
              disabled={position === 0}
              onClick={() => {
                const ids = [...contentIds];
                [ids[position - 1], ids[position]] = [ids[position] as string, ids[position - 1] as string];
                setIds(ids);
              }}
            >
              ↑
            </Button>
            <Button
              variant="ghost"
              aria-label={t('course.removeModule')}
              onClick={() => setIds(contentIds.filter((id) => id !== contentId))}
            >
              ✕
            </Button>
          </li>
        ))}
      </ol>
      <PlainSelectField
        label={t('course.addModule')}
        value=""
        onChange={(e) => e.target.value && setIds([...contentIds, e.target.value])}
      >
        <option value="">{t('course.chooseModule')}</option>
        {items.data?.items
          .filter((item) => !allSections.some((s) => s.contentIds.includes(item.id)))
          .map((item) => (
            <option key={item.id} value={item.id}>
              {item.title} ({t(`kinds.${item.kind}`)}, {t(`status.${item.status}`)})
            </option>
          ))}
      </PlainSelectField>
    </>
  );
}
