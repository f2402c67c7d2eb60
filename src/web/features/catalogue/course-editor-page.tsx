import { useParams } from '@tanstack/react-router';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../components/button.tsx';
import { SelectField as PlainSelectField } from '../../components/field.tsx';
import { SelectField, TextField } from '../../components/form/index.ts';
import { Card } from '../../components/page.tsx';
import { saveCourse, useAdminCourse, useAdminCourses, useAdminItems } from './catalogue-admin-api.ts';
import { titledShape, topicsAndServesShape } from './entry-editor.tsx';
import { StructureEditor, useStructureForm } from './structure-editor.tsx';

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
  const existing = useAdminCourse(params.id);
  const courses = useAdminCourses();
  const form = useStructureForm(courseSchema, existing.data, {
    defaults: { sections: [{ title: t('course.firstSection'), contentIds: [] }], prerequisiteIds: [] },
    of: (course) => ({
      sections: course.sections.map((s) => ({
        title: s.title,
        contentIds: s.modules.map((m) => m.contentId),
      })),
      prerequisiteIds: course.prerequisites.map((p) => p.id),
    }),
  });
  return (
    <StructureEditor
      kind="course"
      id={params.id}
      existing={existing}
      form={form}
      save={saveCourse}
      fields={
        <SelectField name="prerequisiteIds" label={t('course.prerequisites')} multiple size={4}>
          {courses.data
            ?.filter((other) => other.id !== params.id)
            .map((other) => (
              <option key={other.id} value={other.id}>
                {other.title}
              </option>
            ))}
        </SelectField>
      }
    >
      <Sections />
    </StructureEditor>
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
