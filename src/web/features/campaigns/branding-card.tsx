import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contrastWithWhite, minimumContrast } from '../../../shared/contrast.ts';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { Card } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';

const brandingKey = ['campaigns', 'branding'] as const;

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
};

/** The promo studio's colour (checked for contrast with white text) and logo, shown on posters and banners. */
export function BrandingCard() {
  const { t } = useTranslation('campaigns');
  const queryClient = useQueryClient();
  const current = useQuery({
    queryKey: brandingKey,
    queryFn: () => unwrap(api.GET('/api/v1/campaign-branding')),
  });
  const save = useMutation({
    mutationFn: (body: { colour: string; logo?: string | null }) =>
      unwrap(api.PUT('/api/v1/campaign-branding', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: brandingKey }),
  });
  const [colour, setColour] = useState<string | null>(null);
  const [logo, setLogo] = useState<File | null>(null);
  // The logo's address changes with each save, so the preview never shows an old one.
  const [version, setVersion] = useState(0);
  if (current.isPending) return <Loading />;
  if (current.isError) return <QueryError error={current.error} />;
  const value = colour ?? current.data.colour;
  const errors = fieldErrorsOf(save.error);
  return (
    <Card title={t('branding.title')} titleId="settings-branding">
      <p className="mb-3 text-sm text-slate-600">{t('branding.intro')}</p>
      <form
        className="grid gap-4 md:grid-cols-3"
        onSubmit={async (event) => {
          event.preventDefault();
          save.mutate(
            { colour: value, ...(logo ? { logo: await toBase64(logo) } : {}) },
            {
              onSuccess: () => {
                setLogo(null);
                setVersion((v) => v + 1);
              },
            },
          );
        }}
      >
        <FormErrorRegion error={save.error} />
        <div className="flex items-end gap-2">
          <TextField
            label={t('branding.colour')}
            hint={t('branding.contrast', { ratio: current.data.contrast })}
            value={value}
            error={errors.colour}
            onChange={(event) => setColour(event.currentTarget.value)}
          />
          <input
            type="color"
            aria-label={t('branding.pick')}
            className="mb-1 h-10 w-12 rounded border border-slate-300"
            value={/^#[0-9a-fA-F]{6}$/.test(value) ? value : '#000000'}
            onChange={(event) => setColour(event.currentTarget.value)}
          />
        </div>
        <label className="text-sm font-medium text-slate-800">
          {t('branding.logo')}
          <input
            type="file"
            accept="image/png,image/jpeg"
            className="mt-1 block w-full text-sm"
            onChange={(event) => setLogo(event.currentTarget.files?.[0] ?? null)}
          />
          {errors.logo && (
            <span className="mt-1 block text-sm text-red-700">{t('branding.logoInvalid')}</span>
          )}
        </label>
        <div className="flex items-center gap-3">
          {current.data.hasLogo && (
            <img
              src={`/api/v1/campaign-branding/logo?v=${version}`}
              alt={t('branding.logoAlt')}
              className="h-12 max-w-[10rem] rounded border border-slate-200 bg-white object-contain p-1"
            />
          )}
          {/* White text on a colour that fails the contrast minimum would itself be unreadable: a swatch only. */}
          <div
            className="min-h-9 min-w-12 rounded px-3 py-2 text-sm font-semibold text-white"
            style={{ backgroundColor: value }}
            aria-hidden="true"
          >
            {/^#[0-9a-f]{6}$/i.test(value) && contrastWithWhite(value) >= minimumContrast
              ? t('branding.sample')
              : null}
          </div>
        </div>
        <div className="flex gap-2">
          <Button type="submit" isBusy={save.isPending}>
            {t('branding.save')}
          </Button>
          {current.data.hasLogo && (
            <Button variant="ghost" onClick={() => save.mutate({ colour: current.data.colour, logo: null })}>
              {t('branding.removeLogo')}
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}
