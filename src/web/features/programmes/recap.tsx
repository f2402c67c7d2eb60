import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
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
import { Card } from '../../components/page.tsx';
import {
  type Programme,
  type ProgrammeMaterial,
  uploadRecapFile,
  useAddMaterial,
  useRemoveMaterial,
} from './queries.ts';

// The programme's recap: L&D's note, recordings (uploaded ones play in place) and materials.

/**
 * An uploaded video or audio file plays right here: the app serves it from its own origin (local disk
 * or S3 behind GET /files/:id, with Range so the player can seek), which the CSP's media-src 'self' allows.
 */
function Player({ material }: { material: ProgrammeMaterial }) {
  const { t } = useTranslation('programmes');
  const label = t('recap.play', { title: material.title });
  if (material.media === 'video')
    return (
      // biome-ignore lint/a11y/useMediaCaption: recordings of talks are uploaded without captions today.
      <video
        className="mt-2 w-full max-w-2xl rounded-lg bg-black"
        controls
        preload="metadata"
        aria-label={label}
      >
        <source src={material.url} type={material.contentType ?? undefined} />
      </video>
    );
  return (
    // biome-ignore lint/a11y/useMediaCaption: recordings of talks are uploaded without captions today.
    <audio className="mt-2 w-full max-w-2xl" controls preload="metadata" aria-label={label}>
      <source src={material.url} type={material.contentType ?? undefined} />
    </audio>
  );
}

export function Recap({ programme }: { programme: Programme }) {
  const { t } = useTranslation('programmes');
  const remove = useRemoveMaterial(programme.id);
  const titles = new Map(programme.sessions.map((s) => [s.id, s.title]));
  return (
    <Card title={t('recap.title')} titleId="programme-recap">
      {programme.recapNote && <p className="mb-3 whitespace-pre-line text-sm">{programme.recapNote}</p>}
      {programme.materials.length === 0 ? (
        <p className="text-sm text-slate-600">{t('recap.empty')}</p>
      ) : (
        <ul className="divide-y text-sm">
          {programme.materials.map((material) => (
            <li key={material.id} className="py-2">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <Badge tone={material.kind === 'recording' ? 'violet' : 'neutral'}>
                    {t(`recap.${material.kind}`)}
                  </Badge>{' '}
                  {material.media ? (
                    <span className="font-medium">{material.title}</span>
                  ) : (
                    <a
                      className="text-teal-700 underline"
                      href={material.url}
                      rel="noreferrer noopener"
                      target="_blank"
                    >
                      {material.title}
                    </a>
                  )}
                  {material.sessionId && (
                    <span className="text-slate-600"> · {titles.get(material.sessionId)}</span>
                  )}
                </span>
                {programme.canManage && (
                  <Button variant="ghost" onClick={() => remove.mutate(material.id)}>
                    {t('recap.remove', { title: material.title })}
                  </Button>
                )}
              </div>
              {material.media && <Player material={material} />}
            </li>
          ))}
        </ul>
      )}
      {programme.canManage && <MaterialForm programme={programme} />}
    </Card>
  );
}

const materialSchema = z.object({
  kind: z.enum(['recording', 'material']),
  title: z.string().trim().min(1).max(200),
  source: z.enum(['link', 'file']),
  url: z.union([z.url({ protocol: /^https?$/ }), z.literal('')]),
  sessionId: z.string(),
});

const purposeOf = (file: File) =>
  file.type.startsWith('video/') ? 'video' : file.type.startsWith('audio/') ? 'audio' : 'document';

function MaterialForm({ programme }: { programme: Programme }) {
  const { t } = useTranslation('programmes');
  const add = useAddMaterial(programme.id);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const form = useZodForm(materialSchema, {
    defaultValues: { kind: 'recording', title: '', source: 'link', url: '', sessionId: '' },
  });
  const source = form.watch('source');
  return (
    <Form
      form={form}
      className="mt-4 space-y-3 border-t pt-4"
      aria-label={t('recap.add')}
      onSubmit={async ({ source, url, ...values }) => {
        const sessionId = values.sessionId || null;
        if (source === 'file') {
          if (!file) return setFileError(t('recap.fileMissing'));
          const stored = await uploadRecapFile(purposeOf(file), file);
          await add.mutateAsync({ ...values, sessionId, fileId: stored.id });
        } else {
          if (!url) return form.setError('url', { message: t('recap.urlMissing') });
          await add.mutateAsync({ ...values, sessionId, url });
        }
        form.reset();
        setFile(null);
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name="kind" label={t('recap.kind')}>
          <option value="recording">{t('recap.recording')}</option>
          <option value="material">{t('recap.material')}</option>
        </SelectField>
        <SelectField name="sessionId" label={t('recap.session')}>
          <option value="">{t('recap.wholeProgramme')}</option>
          {programme.sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField name="title" label={t('recap.name')} />
      <SelectField name="source" label={t('recap.source')}>
        <option value="link">{t('recap.sourceLink')}</option>
        <option value="file">{t('recap.sourceFile')}</option>
      </SelectField>
      {source === 'link' ? (
        <TextField name="url" type="url" label={t('recap.url')} />
      ) : (
        <label className="block text-sm">
          <span className="font-medium">{t('recap.file')}</span>
          <input
            className="mt-1 block w-full text-sm"
            type="file"
            accept="video/mp4,video/webm,audio/mpeg,audio/mp4,audio/wav,audio/ogg,application/pdf"
            aria-describedby="recap-file-hint"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileError(null);
            }}
          />
          <span id="recap-file-hint" className="text-xs text-slate-600">
            {t('recap.fileHint')}
          </span>
          {fileError && (
            <span role="alert" className="block text-sm text-red-700">
              {fileError}
            </span>
          )}
        </label>
      )}
      <FormError />
      <SubmitButton>{t('recap.add')}</SubmitButton>
    </Form>
  );
}
