import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { Checkbox, FieldFrame, inputClass, SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { directionKeys } from './api.ts';
import { PrincipleItemEditor } from './principle-item-editor.tsx';
import { CompetencySkillPicker, SkillChips } from './skill-picker.tsx';

type Kind = 'mission' | 'vision' | 'strategy';
type Locale = 'nl' | 'en';

/** The text box starts with the current version, so an edit changes it instead of retyping it. */
function StatementBody({ initial, onChange }: { initial: string; onChange: (body: string) => void }) {
  const { t } = useTranslation('direction');
  const [body, setBody] = useState(initial);
  return (
    <FieldFrame
      label={t('editor.newVersion')}
      hint={initial ? t('editor.startsWithCurrent') : undefined}
      isRequired
    >
      {({ id, describedBy }) => (
        <textarea
          id={id}
          aria-describedby={describedBy}
          required
          rows={4}
          className={inputClass}
          value={body}
          onChange={(e) => {
            setBody(e.target.value);
            onChange(e.target.value);
          }}
        />
      )}
    </FieldFrame>
  );
}

function StatementEditor() {
  const { t } = useTranslation('direction');
  const format = useFormat();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>('mission');
  const [locale, setLocale] = useState<Locale>('nl');
  const [body, setBody] = useState<string | null>(null);
  const [isDraft, setIsDraft] = useState(false);
  const history = useQuery({
    queryKey: ['direction', 'statements', kind, locale],
    queryFn: () => unwrap(api.GET('/api/v1/direction/statements', { params: { query: { kind, locale } } })),
  });
  const current = history.data?.[0];
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/direction/statements', {
          body: { kind, locale, body: body ?? current?.body ?? '', status: isDraft ? 'draft' : 'published' },
        }),
      ),
    onSuccess: async () => {
      setBody(null);
      await queryClient.invalidateQueries({ queryKey: directionKeys.direction });
    },
  });
  return (
    <Card title={t('editor.statements')} titleId="statements">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            label={t('editor.kind')}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind);
              setBody(null);
            }}
          >
            {(['mission', 'vision', 'strategy'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`statementKinds.${k}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('editor.language')}
            value={locale}
            onChange={(e) => {
              setLocale(e.target.value as Locale);
              setBody(null);
            }}
          >
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </SelectField>
        </div>
        {history.isPending ? (
          <Loading />
        ) : (
          <StatementBody
            key={`${kind}-${locale}-${current?.id ?? 'none'}`}
            initial={current?.body ?? ''}
            onChange={setBody}
          />
        )}
        <Checkbox
          label={t('editor.asDraft')}
          hint={t('editor.asDraftHint')}
          checked={isDraft}
          onChange={(e) => setIsDraft(e.target.checked)}
        />
        <FormErrorRegion error={save.error} />
        <Button type="submit" isBusy={save.isPending}>
          {t('editor.saveVersion')}
        </Button>
      </form>
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
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [isDraft, setIsDraft] = useState(false);
  const [behaviourLines, setBehaviourLines] = useState('');
  const [linking, setLinking] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST(path, {
          body: {
            name,
            description,
            // One line per level, from level 1 upwards.
            behaviours: behaviourLines
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean)
              .map((description, index) => ({ level: index + 1, description })),
            position: (list.data?.length ?? 0) + 1,
            status: isDraft ? 'draft' : 'published',
          },
        }),
      ),
    onSuccess: async () => {
      setName('');
      setDescription('');
      setBehaviourLines('');
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
      <form
        className="grid gap-2 sm:grid-cols-[1fr_2fr_auto] sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate();
        }}
      >
        <TextField label={t('editor.name')} value={name} onChange={(e) => setName(e.target.value)} required />
        <TextField
          label={t('editor.description')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <div className="sm:col-span-3">
          <FieldFrame label={t('editor.behaviours')} hint={t('editor.behavioursHint')}>
            {({ id, describedBy }) => (
              <textarea
                id={id}
                aria-describedby={describedBy}
                rows={3}
                className={inputClass}
                value={behaviourLines}
                onChange={(e) => setBehaviourLines(e.target.value)}
              />
            )}
          </FieldFrame>
        </div>
        <div className="sm:col-span-3">
          <Checkbox
            label={t('editor.asDraft')}
            checked={isDraft}
            onChange={(e) => setIsDraft(e.target.checked)}
          />
        </div>
        <Button type="submit" variant="secondary" isBusy={add.isPending}>
          {t('editor.add')}
        </Button>
        <div className="sm:col-span-3">
          <FormErrorRegion error={add.error} />
        </div>
      </form>
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
