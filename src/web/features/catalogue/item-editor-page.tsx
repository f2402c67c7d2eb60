import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useController, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Checkbox } from '../../components/field.tsx';
import {
  CheckboxField,
  SelectField,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { RichTextField } from '../../components/form/rich-text-field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card } from '../../components/page.tsx';
import { Cmi5CourseCard, Cmi5ImportPage } from '../cmi5/index.ts';
import { ScormPackageCard, ScormUploadPage } from '../scorm/index.ts';
import {
  type ContentItem,
  type ContentKind,
  contentKinds,
  type QuizQuestion,
  saveItem,
  uploadMedia,
  useAdminItem,
  useInvalidateAdmin,
} from './catalogue-admin-api.ts';
import { CoverField } from './cover-field.tsx';
import {
  EntryEditor,
  servesOf,
  TopicsAndServesFields,
  topicsAndServesShape,
  topicsOf,
  useLoadedValues,
} from './entry-editor.tsx';
import { adminItemQuery } from './queries.ts';
import { QuizBuilder } from './quiz-builder.tsx';
import { StatusActions } from './status-actions.tsx';

const versionSchema = z.object({
  language: z.enum(['nl', 'en']),
  title: z.string().trim().min(1, 'required'),
  summary: z
    .string()
    .nullable()
    .transform((text) => text ?? ''),
  bodyHtml: z
    .string()
    .nullable()
    .transform((html) => html ?? ''),
  fileId: z.string().nullable(),
  captionsFileId: z.string().nullable(),
  externalUrl: z
    .string()
    .nullable()
    .transform((url) => url || null),
  questions: z.array(z.custom<QuizQuestion>()),
});
const itemSchema = z.object({
  ...topicsAndServesShape,
  // SCORM items are made by upload, and then edited here like any other item.
  kind: z.enum(['scorm', 'cmi5', ...contentKinds] as [ContentKind, ...ContentKind[]]),
  durationMinutes: z.number().int().min(1).nullable(),
  passMark: z.number().int().min(0).max(100).nullable(),
  maxAttempts: z.number().int().min(1).nullable(),
  shuffleQuestions: z.boolean(),
  versions: z.array(versionSchema).min(1),
});
type ItemValues = z.input<typeof itemSchema>;
type VersionValues = ItemValues['versions'][number];

const emptyVersion = (language: 'nl' | 'en'): VersionValues => ({
  language,
  title: '',
  summary: '',
  bodyHtml: '',
  fileId: null,
  captionsFileId: null,
  externalUrl: null,
  questions: [],
});

const filePurpose: Partial<Record<ContentKind, 'video' | 'audio' | 'document'>> = {
  video: 'video',
  audio: 'audio',
  document: 'document',
};

function FileInput({
  label,
  purpose,
  fileId,
  onUploaded,
}: {
  label: string;
  purpose: 'video' | 'audio' | 'document' | 'captions';
  fileId: string | null | undefined;
  onUploaded: (id: string) => void;
}) {
  const { t } = useTranslation('catalogue');
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);
  return (
    <div className="space-y-1 text-sm">
      <label className="block font-medium text-slate-800">
        {label}
        <input
          type="file"
          className="mt-1 block text-sm"
          accept={
            {
              video: 'video/mp4,video/webm',
              audio: 'audio/*',
              document: 'application/pdf',
              captions: '.vtt,text/vtt',
            }[purpose]
          }
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            setBusy(true);
            setError(null);
            try {
              onUploaded((await uploadMedia(purpose, file)).id);
            } catch (failure) {
              setError(failure);
            } finally {
              setBusy(false);
            }
          }}
        />
      </label>
      {isBusy && <p role="status">{t('editor.uploading')}</p>}
      {fileId && !isBusy && <p className="text-emerald-800">{t('editor.fileReady')}</p>}
      <FormErrorRegion error={error} />
    </div>
  );
}

// What the server said about a new item survives the move from /new to its own address.
const noticesAfterCreate = new Map<string, string[]>();

/** A package item's card sits outside the editor's form: its own forms must not submit the editor. */
function packageCardOf(kind: ContentKind, id: string | undefined) {
  if (!id) return undefined;
  if (kind === 'scorm') return <ScormPackageCard contentId={id} />;
  if (kind === 'cmi5') return <Cmi5CourseCard contentId={id} />;
  return undefined;
}

function toValues(item: ContentItem): ItemValues {
  return {
    kind: item.kind,
    durationMinutes: item.durationMinutes,
    passMark: item.passMark,
    shuffleQuestions: item.shuffleQuestions,
    maxAttempts: item.maxAttempts,
    versions: item.versions.map((version) => ({ ...emptyVersion(version.language), ...version })),
    topicsText: item.topics.join(', '),
    serves: item.serves,
    isSubstantial: item.isSubstantial,
  };
}

export function ItemEditorPage() {
  const params = useParams({ strict: false }) as { id?: string };
  const search = useSearch({ strict: false }) as { kind?: string };
  // A SCORM item is made by uploading its package: the new-item screen is the drop zone.
  if (!params.id && search.kind === 'scorm') return <ScormUploadPage />;
  if (!params.id && search.kind === 'cmi5') return <Cmi5ImportPage />;
  return <ItemEditor id={params.id} kind={search.kind} />;
}

function ItemEditor({ id, kind: askedKind }: { id: string | undefined; kind: string | undefined }) {
  const { t } = useTranslation('catalogue');
  const params = { id };
  const search = { kind: askedKind };
  const navigate = useNavigate();
  const client = useQueryClient();
  const invalidate = useInvalidateAdmin();
  const existing = useAdminItem(params.id);
  const initialKind = contentKinds.find((kind) => kind === search.kind) ?? 'article';
  const form = useZodForm(itemSchema, {
    defaultValues: {
      kind: initialKind,
      durationMinutes: 5,
      passMark: 70,
      shuffleQuestions: false,
      maxAttempts: null,
      versions: [emptyVersion('nl')],
      topicsText: '',
      serves: [],
      isSubstantial: false,
    },
  });
  useLoadedValues(form, existing.data, toValues);
  const [notices, setNotices] = useState<string[]>(() => {
    const carried = params.id ? noticesAfterCreate.get(params.id) : undefined;
    if (params.id) noticesAfterCreate.delete(params.id);
    return carried ?? [];
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  return (
    <EntryEditor
      id={params.id}
      existing={existing}
      eyebrow={t(`kinds.${kind}`)}
      title={
        params.id
          ? (existing.data?.versions[0]?.title ?? '')
          : t('editor.newTitle', { kind: t(`kinds.${kind}`) })
      }
      actions={
        existing.data && <StatusActions kind="items" id={existing.data.id} status={existing.data.status} />
      }
      form={form}
      onSubmit={async ({ topicsText, serves, passMark, ...values }) => {
        const saved = await saveItem(params.id, {
          ...values,
          passMark: values.kind === 'quiz' ? (passMark ?? 70) : null,
          topics: topicsOf(topicsText),
          serves: servesOf(serves),
        });
        setNotices(saved.notices ?? []);
        await invalidate();
        client.setQueryData(adminItemQuery(saved.id).queryKey, saved);
        if (!params.id) {
          noticesAfterCreate.set(saved.id, saved.notices ?? []);
          await navigate({ to: '/admin/catalogue/items/$id', params: { id: saved.id } });
        }
      }}
      // The package card has its own forms (attempt rule, new version), which cannot sit in this one.
      afterForm={packageCardOf(kind, params.id)}
      afterFields={
        <div aria-live="polite">
          {notices.length > 0 && (
            <div
              role="status"
              className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900"
            >
              {t('editor.sanitised')}
            </div>
          )}
        </div>
      }
    >
      <Settings isNew={!params.id} kind={kind} />
      <Versions kind={kind} />
      {existing.data && (
        <CoverField subject={{ type: 'content', id: existing.data.id }} cover={existing.data.cover} />
      )}
    </EntryEditor>
  );
}

function Settings({ isNew, kind }: { isNew: boolean; kind: ContentKind }) {
  const { t } = useTranslation('catalogue');
  return (
    <Card title={t('editor.settings')} titleId="editor-settings">
      <div className="grid gap-4 sm:grid-cols-3">
        {isNew && (
          <SelectField name="kind" label={t('editor.kind')}>
            {contentKinds.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </SelectField>
        )}
        <TextField name="durationMinutes" label={t('editor.duration')} type="number" min={1} />
        <TopicsAndServesFields />
        {kind === 'quiz' && (
          <>
            <TextField name="passMark" label={t('editor.passMark')} type="number" min={0} max={100} />
            <TextField
              name="maxAttempts"
              label={t('editor.maxAttempts')}
              hint={t('editor.maxAttemptsHint')}
              type="number"
              min={1}
            />
            <CheckboxField name="shuffleQuestions" label={t('editor.shuffle')} />
          </>
        )}
      </div>
    </Card>
  );
}

/** One card per language; English is optional. */
function Versions({ kind }: { kind: ContentKind }) {
  const { t } = useTranslation('catalogue');
  const versions = useFieldArray<ItemValues, 'versions'>({ name: 'versions' });
  const languages = useWatch<ItemValues, 'versions'>({ name: 'versions' }).map((v) => v.language);
  const englishIndex = languages.indexOf('en');
  return (
    <>
      <Card>
        <Checkbox
          label={t('editor.englishVersion')}
          checked={englishIndex >= 0}
          onChange={(e) =>
            e.target.checked ? versions.append(emptyVersion('en')) : versions.remove(englishIndex)
          }
        />
      </Card>
      {versions.fields.map((version, index) => (
        <Card
          key={version.id}
          title={t(`editor.version.${version.language}`)}
          titleId={`version-${version.language}`}
        >
          <div className="space-y-4" lang={version.language}>
            <TextField name={`versions.${index}.title`} label={t('editor.title')} required />
            <TextAreaField name={`versions.${index}.summary`} label={t('editor.summary')} rows={2} />
            {(kind === 'article' || kind === 'assignment') && (
              <RichTextField
                name={`versions.${index}.bodyHtml`}
                label={t(kind === 'article' ? 'editor.body' : 'editor.instructions')}
                hint={t('editor.bodyHint')}
              />
            )}
            {filePurpose[kind] && (
              <FileField
                name={`versions.${index}.fileId`}
                label={t(`editor.file.${kind}`)}
                purpose={filePurpose[kind]}
              />
            )}
            {kind === 'video' && (
              <FileField
                name={`versions.${index}.captionsFileId`}
                label={t('editor.captions')}
                purpose="captions"
              />
            )}
            {kind === 'link' && (
              <TextField name={`versions.${index}.externalUrl`} label={t('editor.url')} type="url" />
            )}
            {kind === 'quiz' && (
              <QuestionsField name={`versions.${index}.questions`} language={version.language} />
            )}
          </div>
        </Card>
      ))}
    </>
  );
}

function FileField({
  name,
  label,
  purpose,
}: {
  name: `versions.${number}.fileId` | `versions.${number}.captionsFileId`;
  label: string;
  purpose: 'video' | 'audio' | 'document' | 'captions';
}) {
  const { field } = useController<ItemValues, typeof name>({ name });
  return <FileInput label={label} purpose={purpose} fileId={field.value} onUploaded={field.onChange} />;
}

function QuestionsField({ name, language }: { name: `versions.${number}.questions`; language: string }) {
  const { field } = useController<ItemValues, typeof name>({ name });
  return <QuizBuilder language={language} questions={field.value} onChange={field.onChange} />;
}
