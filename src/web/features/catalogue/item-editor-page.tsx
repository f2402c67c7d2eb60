import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { Checkbox, inputClass, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import {
  type ContentItem,
  type ContentKind,
  contentKinds,
  type ItemInput,
  saveItem,
  uploadMedia,
  useAdminItem,
  useInvalidateAdmin,
} from './catalogue-admin-api.ts';
import { QuizBuilder } from './quiz-builder.tsx';
import { type Serves, ServesPicker } from './serves-picker.tsx';
import { StatusActions } from './status-actions.tsx';

type Version = ItemInput['versions'][number];
const emptyVersion = (language: 'nl' | 'en'): Version => ({
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

function toInput(item: ContentItem): ItemInput {
  return {
    kind: item.kind,
    durationMinutes: item.durationMinutes,
    passMark: item.passMark,
    shuffleQuestions: item.shuffleQuestions,
    maxAttempts: item.maxAttempts,
    versions: item.versions,
    topics: item.topics,
    isSubstantial: item.isSubstantial,
  };
}

export function ItemEditorPage() {
  const { t } = useTranslation('catalogue');
  const params = useParams({ strict: false }) as { id?: string };
  const search = useSearch({ strict: false }) as { kind?: string };
  const navigate = useNavigate();
  const client = useQueryClient();
  const invalidate = useInvalidateAdmin();
  const existing = useAdminItem(params.id);
  const initialKind = contentKinds.find((kind) => kind === search.kind) ?? 'article';
  const [input, setInput] = useState<ItemInput>({
    kind: initialKind,
    durationMinutes: 5,
    passMark: initialKind === 'quiz' ? 70 : null,
    shuffleQuestions: false,
    maxAttempts: null,
    versions: [emptyVersion('nl')],
    topics: [],
  });
  const [topicsText, setTopicsText] = useState('');
  const [serves, setServes] = useState<Serves[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [notices, setNotices] = useState<string[]>(() => {
    const carried = params.id ? noticesAfterCreate.get(params.id) : undefined;
    if (params.id) noticesAfterCreate.delete(params.id);
    return carried ?? [];
  });
  const [isSaving, setSaving] = useState(false);
  useEffect(() => {
    if (existing.data) {
      setInput(toInput(existing.data));
      setTopicsText(existing.data.topics.join(', '));
      setServes(existing.data.serves);
    }
  }, [existing.data]);
  if (params.id && existing.isPending) return <Loading />;
  if (existing.isError) return <QueryError error={existing.error} />;
  const fieldErrors = fieldErrorsOf(error);
  const kind = input.kind as ContentKind;
  const setVersion = (index: number, version: Version) =>
    setInput({ ...input, versions: input.versions.map((v, i) => (i === index ? version : v)) });
  const hasEnglish = input.versions.some((v) => v.language === 'en');

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const saved = await saveItem(params.id, {
        ...input,
        topics: topicsText
          .split(',')
          .map((topic) => topic.trim())
          .filter(Boolean),
        serves: serves.map(({ kind, id }) => ({ kind, id })),
      });
      setNotices(saved.notices ?? []);
      await invalidate();
      client.setQueryData(['catalogue-admin', 'item', saved.id], saved);
      if (!params.id) {
        noticesAfterCreate.set(saved.id, saved.notices ?? []);
        await navigate({ to: '/admin/catalogue/items/$id', params: { id: saved.id } });
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <PageHeader
        eyebrow={t(`kinds.${kind}`)}
        title={
          params.id
            ? (existing.data?.versions[0]?.title ?? '')
            : t('editor.newTitle', { kind: t(`kinds.${kind}`) })
        }
        actions={
          existing.data && <StatusActions kind="items" id={existing.data.id} status={existing.data.status} />
        }
      />
      <form
        className="space-y-6"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Card title={t('editor.settings')} titleId="editor-settings">
          <div className="grid gap-4 sm:grid-cols-3">
            {!params.id && (
              <label className="text-sm">
                <span className="mb-1 block font-medium">{t('editor.kind')}</span>
                <select
                  className={inputClass}
                  value={kind}
                  onChange={(e) =>
                    setInput({
                      ...input,
                      kind: e.target.value as ContentKind,
                      passMark: e.target.value === 'quiz' ? 70 : null,
                    })
                  }
                >
                  {contentKinds.map((k) => (
                    <option key={k} value={k}>
                      {t(`kinds.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <TextField
              label={t('editor.duration')}
              type="number"
              min={1}
              value={input.durationMinutes ?? ''}
              onChange={(e) => setInput({ ...input, durationMinutes: Number(e.target.value) || null })}
              error={fieldErrors.durationMinutes}
            />
            <TextField
              label={t('editor.topics')}
              hint={t('editor.topicsHint')}
              value={topicsText}
              onChange={(e) => setTopicsText(e.target.value)}
            />
            <ServesPicker value={serves} onChange={setServes} fieldErrors={fieldErrors} />
            <Checkbox
              label={t('editor.substantial')}
              hint={t('editor.substantialHint')}
              checked={input.isSubstantial ?? false}
              onChange={(e) => setInput({ ...input, isSubstantial: e.target.checked })}
            />
            {kind === 'quiz' && (
              <>
                <TextField
                  label={t('editor.passMark')}
                  type="number"
                  min={0}
                  max={100}
                  value={input.passMark ?? 70}
                  onChange={(e) => setInput({ ...input, passMark: Number(e.target.value) })}
                />
                <TextField
                  label={t('editor.maxAttempts')}
                  hint={t('editor.maxAttemptsHint')}
                  type="number"
                  min={1}
                  value={input.maxAttempts ?? ''}
                  onChange={(e) => setInput({ ...input, maxAttempts: Number(e.target.value) || null })}
                />
                <label className="flex items-center gap-2 pt-6 text-sm font-medium">
                  <input
                    type="checkbox"
                    className="size-4 accent-teal-700"
                    checked={input.shuffleQuestions ?? false}
                    onChange={(e) => setInput({ ...input, shuffleQuestions: e.target.checked })}
                  />
                  {t('editor.shuffle')}
                </label>
              </>
            )}
          </div>
          <label className="mt-4 flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              className="size-4 accent-teal-700"
              checked={hasEnglish}
              onChange={(e) =>
                setInput({
                  ...input,
                  versions: e.target.checked
                    ? [...input.versions, emptyVersion('en')]
                    : input.versions.filter((v) => v.language !== 'en'),
                })
              }
            />
            {t('editor.englishVersion')}
          </label>
        </Card>
        {input.versions.map((version, index) => (
          <Card
            key={version.language}
            title={t(`editor.version.${version.language}`)}
            titleId={`version-${version.language}`}
          >
            <div className="space-y-4" lang={version.language}>
              <TextField
                label={t('editor.title')}
                required
                value={version.title}
                onChange={(e) => setVersion(index, { ...version, title: e.target.value })}
                error={fieldErrors[`versions.${index}.title`]}
              />
              <label className="block text-sm">
                <span className="mb-1 block font-medium">{t('editor.summary')}</span>
                <textarea
                  rows={2}
                  className={inputClass}
                  value={version.summary ?? ''}
                  onChange={(e) => setVersion(index, { ...version, summary: e.target.value })}
                />
              </label>
              {(kind === 'article' || kind === 'assignment') && (
                <label className="block text-sm">
                  <span className="mb-1 block font-medium">
                    {t(kind === 'article' ? 'editor.body' : 'editor.instructions')}
                  </span>
                  <textarea
                    rows={10}
                    className={`${inputClass} font-mono`}
                    value={version.bodyHtml ?? ''}
                    onChange={(e) => setVersion(index, { ...version, bodyHtml: e.target.value })}
                  />
                  <span className="mt-1 block text-xs text-slate-600">{t('editor.bodyHint')}</span>
                </label>
              )}
              {filePurpose[kind] && (
                <FileInput
                  label={t(`editor.file.${kind}`)}
                  purpose={filePurpose[kind]}
                  fileId={version.fileId}
                  onUploaded={(id) => setVersion(index, { ...version, fileId: id })}
                />
              )}
              {kind === 'video' && (
                <FileInput
                  label={t('editor.captions')}
                  purpose="captions"
                  fileId={version.captionsFileId}
                  onUploaded={(id) => setVersion(index, { ...version, captionsFileId: id })}
                />
              )}
              {kind === 'link' && (
                <TextField
                  label={t('editor.url')}
                  type="url"
                  value={version.externalUrl ?? ''}
                  onChange={(e) => setVersion(index, { ...version, externalUrl: e.target.value || null })}
                  error={fieldErrors[`versions.${index}.externalUrl`]}
                />
              )}
              {kind === 'quiz' && (
                <QuizBuilder
                  language={version.language}
                  questions={version.questions ?? []}
                  onChange={(questions) => setVersion(index, { ...version, questions })}
                />
              )}
            </div>
          </Card>
        ))}
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
        <FormErrorRegion
          error={error}
          shownFields={Object.keys(fieldErrors).filter(
            (f) => f.endsWith('.title') || f.endsWith('.externalUrl'),
          )}
        />
        <Button type="submit" isBusy={isSaving}>
          {t('actions.save')}
        </Button>
      </form>
    </>
  );
}
