import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import Cropper, { type Area } from 'react-easy-crop';
// The cropper's own styles as a file: the CSP allows no <style> it would inject.
import 'react-easy-crop/react-easy-crop.css';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { inputClass } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card } from '../../components/page.tsx';
import { catalogueAdminKeys } from './queries.ts';

type Subject = { type: 'content' | 'course' | 'path'; id: string };
const aspect = 16 / 9;
const maxWidth = 1600;

/** The chosen part of the image as a JPEG, at most 1600 px wide (what cards and headers need). */
async function cropToFile(source: string, area: Area, name: string): Promise<File> {
  const image = new Image();
  image.src = source;
  await image.decode();
  const width = Math.min(maxWidth, Math.round(area.width));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.round(width / aspect);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas');
  context.drawImage(image, area.x, area.y, area.width, area.height, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('No image'))), 'image/jpeg', 0.86),
  );
  return new File([blob], `${name.replace(/\.[^.]+$/, '')}.jpg`, { type: 'image/jpeg' });
}

async function saveCover(subject: Subject, file: File | null, alt: string) {
  let fileId: string | null = null;
  if (file) {
    const form = new FormData();
    form.append('file', file);
    fileId = (
      await unwrap(
        api.POST('/api/v1/files', { params: { query: { purpose: 'image' } }, body: form as never }),
      )
    ).id;
  }
  return unwrap(
    api.PUT('/api/v1/catalogue/covers/{type}/{id}', {
      params: { path: { type: subject.type, id: subject.id } },
      body: { fileId, alt },
    }),
  );
}

/**
 * The cover of an item, course or path: pick an image, crop it to 16:9 in the browser, describe it
 * (alt text is required), save. The crop is uploaded as a new image; the original never leaves the device.
 */
export function CoverField({ subject, cover }: { subject: Subject; cover: Schemas['Cover'] | null }) {
  const { t } = useTranslation('catalogue');
  const client = useQueryClient();
  const fileInputId = useId();
  const altId = useId();
  const [source, setSource] = useState<{ url: string; name: string } | null>(null);
  const [crop, setCrop] = useState({ x: 0, y: 0 });
  const [zoom, setZoom] = useState(1);
  const [area, setArea] = useState<Area | null>(null);
  const [alt, setAlt] = useState(cover?.alt ?? '');
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [altMissing, setAltMissing] = useState(false);

  const close = () => {
    if (source) URL.revokeObjectURL(source.url);
    setSource(null);
    setError(null);
    setAltMissing(false);
  };
  const run = async (file: File | null, words: string) => {
    setBusy(true);
    setError(null);
    try {
      await saveCover(subject, file, words);
      await client.invalidateQueries({ queryKey: catalogueAdminKeys.all });
      close();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    if (!alt.trim()) return setAltMissing(true);
    if (!source || !area) return;
    await run(await cropToFile(source.url, area, source.name), alt.trim());
  };

  return (
    <Card title={t('cover.title')} titleId="cover-title">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <div className="w-full sm:w-64">
          {cover ? (
            <img src={cover.url} alt={cover.alt} className="aspect-video w-full rounded-lg object-cover" />
          ) : (
            <div className="grid aspect-video w-full place-items-center rounded-lg border border-dashed border-slate-300 text-sm text-slate-600">
              {t('cover.none')}
            </div>
          )}
        </div>
        <div className="space-y-2 text-sm">
          {cover && (
            <p>
              <span className="font-medium">{t('cover.altLabel')}:</span> {cover.alt}
            </p>
          )}
          <p className="text-slate-600">{t('cover.hint')}</p>
          <div className="flex flex-wrap gap-2">
            <label htmlFor={fileInputId} className="cursor-pointer">
              <span className="inline-flex min-h-10 items-center rounded-md bg-white px-3.5 py-2 font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50">
                {cover ? t('cover.replace') : t('cover.choose')}
              </span>
              <input
                id={fileInputId}
                type="file"
                accept="image/png,image/jpeg"
                className="sr-only"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  if (!file) return;
                  setZoom(1);
                  setCrop({ x: 0, y: 0 });
                  setSource({ url: URL.createObjectURL(file), name: file.name });
                }}
              />
            </label>
            {cover && (
              <Button variant="ghost" isBusy={isBusy && !source} onClick={() => run(null, '')}>
                {t('cover.remove')}
              </Button>
            )}
          </div>
          {!source && <FormErrorRegion error={error} />}
        </div>
      </div>
      <Dialog isOpen={!!source} onOpenChange={(open) => !open && close()} title={t('cover.cropTitle')}>
        <div className="space-y-4">
          <div className="relative h-56 w-full overflow-hidden rounded-lg bg-slate-900">
            {source && (
              <Cropper
                image={source.url}
                crop={crop}
                zoom={zoom}
                aspect={aspect}
                disableAutomaticStylesInjection
                onCropChange={setCrop}
                onZoomChange={setZoom}
                onCropComplete={(_, pixels) => setArea(pixels)}
              />
            )}
          </div>
          <label className="block text-sm font-medium text-slate-800">
            {t('cover.zoom')}
            <input
              type="range"
              min={1}
              max={3}
              step={0.05}
              value={zoom}
              onChange={(event) => setZoom(Number(event.target.value))}
              className="mt-1 w-full accent-teal-700"
            />
          </label>
          <div>
            <label htmlFor={altId} className="block text-sm font-medium text-slate-800">
              {t('cover.altLabel')}
            </label>
            <p className="text-xs text-slate-600">{t('cover.altHint')}</p>
            <input
              id={altId}
              className={inputClass}
              value={alt}
              maxLength={300}
              aria-invalid={altMissing || undefined}
              aria-describedby={altMissing ? `${altId}-error` : undefined}
              onChange={(event) => {
                setAlt(event.target.value);
                setAltMissing(false);
              }}
            />
            {altMissing && (
              <p id={`${altId}-error`} className="mt-1 text-sm text-red-700">
                {t('cover.altRequired')}
              </p>
            )}
          </div>
          <FormErrorRegion error={error} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              {t('cover.cancel')}
            </Button>
            <Button isBusy={isBusy} onClick={save}>
              {t('cover.save')}
            </Button>
          </div>
        </div>
      </Dialog>
    </Card>
  );
}
