import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { useFramework, useLocalName, useSkillsMutation } from './skills-api.ts';

type ImportProblem = {
  line?: number | null;
  column?: string | null;
  message: string;
  field: string;
  code?: string;
};

function ImportCard() {
  const { t } = useTranslation('skills');
  const [format, setFormat] = useState<'groeipad' | 'esco'>('esco');
  const [language, setLanguage] = useState<'nl' | 'en'>('nl');
  const [file, setFile] = useState<File | null>(null);
  const run = useSkillsMutation(async () =>
    unwrap(
      api.POST('/api/v1/skills/import', {
        body: { format, language, csv: await file!.text(), dryRun: false },
      }),
    ),
  );
  const problems: ImportProblem[] =
    isApiError(run.error) && run.error.code === 'import_rejected'
      ? (run.error.fieldErrors as ImportProblem[])
      : [];
  return (
    <Card title={t('framework.import')} titleId="framework-import">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          run.mutate(undefined);
        }}
      >
        <label className="text-sm">
          <span className="mb-1 block font-medium">{t('framework.format')}</span>
          <select
            className="min-h-10 rounded-md bg-white px-2 ring-1 ring-slate-300 ring-inset"
            value={format}
            onChange={(e) => setFormat(e.target.value as 'groeipad' | 'esco')}
          >
            <option value="esco">{t('framework.formatEsco')}</option>
            <option value="groeipad">{t('framework.formatOwn')}</option>
          </select>
        </label>
        {format === 'esco' && (
          <label className="text-sm">
            <span className="mb-1 block font-medium">{t('framework.language')}</span>
            <select
              className="min-h-10 rounded-md bg-white px-2 ring-1 ring-slate-300 ring-inset"
              value={language}
              onChange={(e) => setLanguage(e.target.value as 'nl' | 'en')}
            >
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          </label>
        )}
        <label className="text-sm">
          <span className="mb-1 block font-medium">{t('framework.file')}</span>
          <input
            type="file"
            accept=".csv,text/csv"
            className="text-sm"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              run.reset();
            }}
          />
        </label>
        <Button type="submit" disabled={!file} isBusy={run.isPending}>
          {t('framework.importButton')}
        </Button>
      </form>
      <p className="mt-2 text-xs text-slate-600">{t('framework.escoNote')}</p>
      {run.isSuccess && (
        <p role="status" className="mt-3 text-sm text-emerald-800">
          {t('framework.imported', { created: run.data.created, updated: run.data.updated })}
        </p>
      )}
      {problems.length > 0 ? (
        <div
          role="alert"
          className="mt-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
        >
          <p className="font-medium">{t('framework.rejected', { count: problems.length })}</p>
          <table className="mt-2">
            <thead>
              <tr className="text-left text-xs uppercase">
                <th className="pr-4">{t('framework.line')}</th>
                <th className="pr-4">{t('framework.column')}</th>
                <th>{t('framework.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((p) => (
                <tr key={`${p.line}-${p.column}-${p.message}`}>
                  <td className="pr-4">{p.line ?? '—'}</td>
                  <td className="pr-4">{p.column ?? '—'}</td>
                  <td>{t(`framework.problems.${p.code}`, { defaultValue: p.message })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        run.isError && <FormErrorRegion error={run.error} />
      )}
    </Card>
  );
}

// The API's skillBody: a name in both languages (at most 200), an optional description (4000).
const translatedName = z.object({
  nl: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});
const skillSchema = z.object({
  name: translatedName,
  description: z.object({ nl: z.string().max(4000), en: z.string().max(4000) }),
  categoryId: z.string(),
});
const emptySkill = { name: { nl: '', en: '' }, description: { nl: '', en: '' }, categoryId: '' };

function NewSkillCard({ categories }: { categories: { id: string; name: { nl: string; en: string } }[] }) {
  const { t } = useTranslation('skills');
  const name = useLocalName();
  const form = useZodForm(skillSchema, { defaultValues: emptySkill });
  const create = useSkillsMutation((values: z.output<typeof skillSchema>) =>
    unwrap(api.POST('/api/v1/skills', { body: { ...values, categoryId: values.categoryId || null } })),
  );
  return (
    <Card title={t('framework.newSkill')} titleId="framework-new">
      <Form
        form={form}
        onSubmit={async (values) => {
          await create.mutateAsync(values);
          form.reset(emptySkill);
        }}
        className="grid gap-3 sm:grid-cols-2"
      >
        <TextField name="name.nl" label={t('framework.nameNl')} required />
        <TextField name="name.en" label={t('framework.nameEn')} required />
        <TextField name="description.nl" label={t('framework.descriptionNl')} />
        <TextField name="description.en" label={t('framework.descriptionEn')} />
        <SelectField name="categoryId" label={t('framework.category')}>
          <option value="">—</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {name(c.name)}
            </option>
          ))}
        </SelectField>
        <div className="flex items-end">
          <SubmitButton>{t('framework.add')}</SubmitButton>
        </div>
        <div className="sm:col-span-2">
          <FormError />
        </div>
      </Form>
    </Card>
  );
}

export function FrameworkPage() {
  const { t } = useTranslation('skills');
  const name = useLocalName();
  const framework = useFramework();
  const starter = useSkillsMutation(() => unwrap(api.POST('/api/v1/skills/starter-set')));
  if (framework.isPending) return <Loading />;
  if (framework.isError) return <QueryError error={framework.error} />;
  const { categories, skills, scale } = framework.data;
  const groups = [
    ...categories.map((c) => ({
      id: c.id,
      label: name(c.name),
      skills: skills.filter((s) => s.categoryId === c.id),
    })),
    { id: 'none', label: t('framework.uncategorised'), skills: skills.filter((s) => !s.categoryId) },
  ].filter((g) => g.skills.length > 0);
  return (
    <>
      <PageHeader
        title={t('framework.title')}
        description={t('framework.description', { count: skills.length })}
        actions={
          <Button variant="secondary" isBusy={starter.isPending} onClick={() => starter.mutate(undefined)}>
            {t('framework.starterSet')}
          </Button>
        }
      />
      {starter.isSuccess && (
        <p role="status" className="mb-4 text-sm text-emerald-800">
          {t('framework.imported', { created: starter.data.created, updated: starter.data.updated })}
        </p>
      )}
      <div className="space-y-6">
        <Card title={t('framework.scale')} titleId="framework-scale">
          <ol className="grid gap-2 sm:grid-cols-5">
            {scale.map((level) => (
              <li key={level.level} className="rounded-lg bg-slate-50 p-3 text-sm">
                <p className="font-semibold">
                  {level.level} · {name(level.label)}
                </p>
                <p className="mt-1 text-slate-600">{name(level.descriptor)}</p>
              </li>
            ))}
          </ol>
        </Card>
        <ImportCard />
        <NewSkillCard categories={categories} />
        {groups.map((group) => (
          <Card
            key={group.id}
            title={`${group.label} (${group.skills.length})`}
            titleId={`category-${group.id}`}
          >
            <ul className="divide-y divide-slate-100 text-sm">
              {group.skills.map((skill) => (
                <li key={skill.id} className="flex flex-wrap items-baseline gap-2 py-2">
                  <span className="font-medium text-slate-900">{name(skill.name)}</span>
                  <span className="text-slate-600">{name(skill.description)}</span>
                  {skill.synonyms.length > 0 && (
                    <span className="text-xs text-slate-500">({skill.synonyms.join(', ')})</span>
                  )}
                  {skill.source !== 'own' && (
                    <Badge tone={skill.source === 'esco' ? 'blue' : 'neutral'}>
                      {t(`framework.source.${skill.source}`)}
                    </Badge>
                  )}
                </li>
              ))}
            </ul>
          </Card>
        ))}
      </div>
    </>
  );
}
