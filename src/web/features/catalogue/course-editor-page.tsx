import { useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { inputClass, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { AssignDialog } from '../learning/index.ts';
import {
  type CourseInput,
  saveCourse,
  useAdminCourse,
  useAdminCourses,
  useAdminItems,
  useInvalidateAdmin,
} from './catalogue-admin-api.ts';
import { EntryBasicsFields } from './entry-basics-fields.tsx';
import type { Serves } from './serves-picker.tsx';
import { StatusActions } from './status-actions.tsx';

type Section = CourseInput['sections'][number];

/** Course builder: sections of modules picked from the content items, prerequisites, topics. */
export function CourseEditorPage() {
  const { t } = useTranslation('catalogue');
  const params = useParams({ strict: false }) as { id?: string };
  const navigate = useNavigate();
  const invalidate = useInvalidateAdmin();
  const existing = useAdminCourse(params.id);
  const items = useAdminItems();
  const courses = useAdminCourses();
  const [input, setInput] = useState<CourseInput>({
    language: 'nl',
    title: '',
    summary: '',
    sections: [{ title: t('course.firstSection'), contentIds: [] }],
    prerequisiteIds: [],
    topics: [],
  });
  const [topicsText, setTopicsText] = useState('');
  const [serves, setServes] = useState<Serves[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setSaving] = useState(false);
  useEffect(() => {
    const course = existing.data;
    if (!course) return;
    setInput({
      language: course.language,
      title: course.title,
      summary: course.summary,
      sections: course.sections.map((s) => ({
        title: s.title,
        contentIds: s.modules.map((m) => m.contentId),
      })),
      prerequisiteIds: course.prerequisites.map((p) => p.id),
      topics: course.topics,
      isSubstantial: course.isSubstantial,
    });
    setTopicsText(course.topics.join(', '));
    setServes(course.serves);
  }, [existing.data]);
  if (params.id && existing.isPending) return <Loading />;
  if (existing.isError) return <QueryError error={existing.error} />;
  const fieldErrors = fieldErrorsOf(error);
  const itemTitle = new Map(items.data?.items.map((item) => [item.id, item]) ?? []);
  const setSection = (index: number, section: Section) =>
    setInput({ ...input, sections: input.sections.map((s, i) => (i === index ? section : s)) });

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const saved = await saveCourse(params.id, {
        ...input,
        topics: topicsText
          .split(',')
          .map((topic) => topic.trim())
          .filter(Boolean),
        serves: serves.map(({ kind, id }) => ({ kind, id })),
      });
      await invalidate();
      if (!params.id) await navigate({ to: '/admin/catalogue/courses/$id', params: { id: saved.id } });
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <PageHeader
        eyebrow={t('kinds.course')}
        title={params.id ? (existing.data?.title ?? '') : t('course.new')}
        actions={
          existing.data && (
            <>
              <StatusActions kind="courses" id={existing.data.id} status={existing.data.status} />
              {existing.data.status === 'published' && (
                <AssignDialog
                  subject={{ type: 'course', id: existing.data.id }}
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
            <label className="text-sm">
              <span className="mb-1 block font-medium">{t('course.prerequisites')}</span>
              <select
                multiple
                className={`${inputClass} h-24`}
                value={input.prerequisiteIds ?? []}
                onChange={(e) =>
                  setInput({ ...input, prerequisiteIds: [...e.target.selectedOptions].map((o) => o.value) })
                }
              >
                {courses.data
                  ?.filter((course) => course.id !== params.id)
                  .map((course) => (
                    <option key={course.id} value={course.id}>
                      {course.title}
                    </option>
                  ))}
              </select>
            </label>
          </div>
        </Card>
        {input.sections.map((section, index) => (
          <Card
            // biome-ignore lint/suspicious/noArrayIndexKey: sections have no id until saved; their position is who they are
            key={`section-${index}`}
            title={t('course.section', { number: index + 1 })}
            titleId={`section-${index}`}
          >
            <div className="space-y-3">
              <TextField
                label={t('course.sectionTitle')}
                value={section.title}
                onChange={(e) => setSection(index, { ...section, title: e.target.value })}
              />
              <ol className="divide-y divide-slate-100">
                {section.contentIds.map((contentId, position) => (
                  <li key={contentId} className="flex items-center gap-2 py-2 text-sm">
                    <span className="flex-1">
                      {itemTitle.get(contentId)?.title ?? contentId}{' '}
                      <span className="text-slate-500">
                        ({t(`kinds.${itemTitle.get(contentId)?.kind ?? 'article'}`)})
                      </span>
                    </span>
                    <Button
                      variant="ghost"
                      aria-label={t('course.moveUp')}
                      disabled={position === 0}
                      onClick={() => {
                        const ids = [...section.contentIds];
                        [ids[position - 1], ids[position]] = [
                          ids[position] as string,
                          ids[position - 1] as string,
                        ];
                        setSection(index, { ...section, contentIds: ids });
                      }}
                    >
                      ↑
                    </Button>
                    <Button
                      variant="ghost"
                      aria-label={t('course.removeModule')}
                      onClick={() =>
                        setSection(index, {
                          ...section,
                          contentIds: section.contentIds.filter((id) => id !== contentId),
                        })
                      }
                    >
                      ✕
                    </Button>
                  </li>
                ))}
              </ol>
              <label className="block text-sm">
                <span className="mb-1 block font-medium">{t('course.addModule')}</span>
                <select
                  className={inputClass}
                  value=""
                  onChange={(e) =>
                    e.target.value &&
                    setSection(index, { ...section, contentIds: [...section.contentIds, e.target.value] })
                  }
                >
                  <option value="">{t('course.chooseModule')}</option>
                  {items.data?.items
                    .filter((item) => !input.sections.some((s) => s.contentIds.includes(item.id)))
                    .map((item) => (
                      <option key={item.id} value={item.id}>
                        {item.title} ({t(`kinds.${item.kind}`)}, {t(`status.${item.status}`)})
                      </option>
                    ))}
                </select>
              </label>
            </div>
          </Card>
        ))}
        <Button
          variant="secondary"
          onClick={() => setInput({ ...input, sections: [...input.sections, { title: '', contentIds: [] }] })}
        >
          {t('course.addSection')}
        </Button>
        <FormErrorRegion error={error} shownFields={['title']} />
        <Button type="submit" isBusy={isSaving}>
          {t('actions.save')}
        </Button>
      </form>
    </>
  );
}
