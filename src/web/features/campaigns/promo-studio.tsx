import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { directionOf, languageName } from '../../i18n/content-languages.ts';
import { promoQuery } from './queries.ts';
import { type Readability, ReadabilityNote } from './readability-note.tsx';

const formats = [
  'poster_a4',
  'poster_a3',
  'banner_wide',
  'banner_square',
  'banner_wide_png',
  'banner_square_png',
  'mail',
  'chat',
  'newsletter',
] as const;
const schema = z.object({
  format: z.enum(formats),
  locale: z.enum(['nl', 'en']),
  // '' = the texts are in the template's language; else one of the organisation's other languages.
  language: z.string(),
  headline: z.string().trim().min(1).max(120),
  text: z.string().trim().max(600),
});
type Values = z.output<typeof schema>;

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** data: URL of a file's bytes, in slices (a big PNG would overflow one spread of arguments). */
async function dataUrlOf(blob: Blob) {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return `data:${blob.type};base64,${btoa(binary)}`;
}

const fileNameOf = (response: Response, fallback: string) =>
  /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback;

/** The promo studio: a poster, banner or ready text for a campaign, in Dutch or English, from templates. */
export function PromoStudioPage() {
  const { t, i18n } = useTranslation('campaigns');
  const { id } = useParams({ from: '/_app/campaigns/$id/promo' });
  const draft = useQuery(promoQuery(id));
  const form = useZodForm(schema, {
    defaultValues: { format: 'poster_a4', locale: 'nl', language: '', headline: '', text: '' },
  });
  const locale = form.watch('locale');
  const language = form.watch('language');
  const textLanguage = language || locale;
  const [made, setMade] = useState<{
    name: string;
    url: string;
    type: string;
    image?: string;
    text?: string;
  } | null>(null);
  const [check, setCheck] = useState<Readability | null>(null);
  // The starting texts of the chosen language; switching language starts from that language's texts.
  useEffect(() => {
    const other = language ? draft.data?.otherLanguages.find((v) => v.language === language) : undefined;
    const version = draft.data?.versions.find((v) => v.locale === locale);
    if (other) {
      form.setValue('headline', other.headline);
      form.setValue('text', other.text);
      setCheck(null);
      return;
    }
    if (!version) return;
    form.setValue('headline', version.headline);
    form.setValue('text', version.text);
    setCheck(version.readability);
  }, [draft.data, locale, language, form]);
  const checkLanguage = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/readability', {
          body: { locale, text: `${form.getValues('headline')}. ${form.getValues('text')}` },
        }),
      ),
    onSuccess: setCheck,
  });

  async function make(values: Values) {
    const result = await api.POST('/api/v1/campaigns/{id}/promo', {
      params: { path: { id } },
      body: { ...values, language: values.language || null },
      parseAs: 'blob',
    });
    if (!result.response.ok) await unwrap(Promise.resolve(result));
    const blob = result.data as unknown as Blob;
    const extension = blob.type.includes('pdf') ? 'pdf' : blob.type.includes('png') ? 'png' : 'svg';
    const name = fileNameOf(result.response, `${values.format}.${extension}`);
    if (made) URL.revokeObjectURL(made.url);
    setMade({
      name,
      url: URL.createObjectURL(blob),
      type: blob.type,
      // The page's CSP shows data: images only (no blob:): the banner is shown from its own bytes.
      image: blob.type.startsWith('image/') ? await dataUrlOf(blob) : undefined,
      text: blob.type.startsWith('text/') ? await blob.text() : undefined,
    });
    download(name, blob);
  }

  if (draft.isPending) return <Loading />;
  if (draft.isError) return <QueryError error={draft.error} />;
  return (
    <div className="space-y-4">
      <PageHeader
        eyebrow={
          <Link to="/campaigns/$id" params={{ id }} className="underline">
            {draft.data.title}
          </Link>
        }
        title={t('promo.title')}
        description={t('promo.description')}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t('promo.make')} titleId="promo-make">
          <Form form={form} onSubmit={make} aria-label={t('promo.make')}>
            <SelectField name="format" label={t('promo.format')}>
              {formats.map((format) => (
                <option key={format} value={format}>
                  {t(`promo.formats.${format}`)}
                </option>
              ))}
            </SelectField>
            <SelectField name="locale" label={t('promo.locale')}>
              <option value="nl">{t('preview.nl')}</option>
              <option value="en">{t('preview.en')}</option>
            </SelectField>
            {draft.data.otherLanguages.length > 0 && (
              <SelectField name="language" label={t('promo.textLanguage')} hint={t('promo.textLanguageHint')}>
                <option value="">{t('promo.sameLanguage')}</option>
                {draft.data.otherLanguages.map((other) => (
                  <option key={other.language} value={other.language}>
                    {languageName(other.language, i18n.language)}
                  </option>
                ))}
              </SelectField>
            )}
            <TextField
              name="headline"
              label={t('promo.headline')}
              lang={textLanguage}
              dir={directionOf(textLanguage)}
            />
            <TextAreaField
              name="text"
              label={t('promo.text')}
              lang={textLanguage}
              dir={directionOf(textLanguage)}
              rows={4}
            />
            <FormError />
            <div className="flex flex-wrap gap-2">
              <SubmitButton>{t('promo.download')}</SubmitButton>
              {!language && (
                <Button
                  variant="secondary"
                  isBusy={checkLanguage.isPending}
                  onClick={() => checkLanguage.mutate()}
                >
                  {t('readability.check')}
                </Button>
              )}
            </div>
          </Form>
          {language ? (
            <p className="mt-3 text-sm text-slate-600">{t('preview.noB1')}</p>
          ) : (
            check && <ReadabilityNote check={check} />
          )}
          <p className="mt-3 text-sm text-slate-600">
            {t('promo.link')}: <span className="break-all">{draft.data.link}</span>
          </p>
        </Card>
        <Card title={t('promo.preview')} titleId="promo-preview">
          <div className="grid gap-3 md:grid-cols-2">
            {draft.data.versions.map((version) => (
              <div
                key={version.locale}
                lang={version.locale}
                className="rounded-lg bg-emerald-800 p-4 text-white"
              >
                <p className="text-xs uppercase opacity-80">{t(`preview.${version.locale}`)}</p>
                <p className="mt-1 text-lg font-bold">{version.headline}</p>
                <p className="mt-1 text-sm">{version.text}</p>
              </div>
            ))}
          </div>
          {made && (
            <div className="mt-4 space-y-2">
              <p className="text-sm font-medium text-slate-900">{t('promo.made', { name: made.name })}</p>
              {made.image && (
                <img
                  src={made.image}
                  alt={t('promo.bannerAlt')}
                  className="max-h-64 border border-slate-200"
                />
              )}
              {made.text !== undefined && (
                <pre className="whitespace-pre-wrap rounded border border-slate-200 bg-slate-50 p-3 text-sm">
                  {made.text}
                </pre>
              )}
              <a href={made.url} download={made.name} className="text-sm underline">
                {t('promo.again')}
              </a>
            </div>
          )}
        </Card>
      </div>
      <Card title={t('promo.readyTexts')} titleId="promo-ready">
        <div className="grid gap-3 md:grid-cols-2">
          {draft.data.versions.map((version) => (
            <div key={version.locale} lang={version.locale}>
              <h3 className="text-sm font-semibold text-slate-700">{t(`preview.${version.locale}`)}</h3>
              <pre className="mt-1 whitespace-pre-wrap rounded border border-slate-200 bg-slate-50 p-2 text-sm">
                {version.ready.mail}
              </pre>
            </div>
          ))}
        </div>
      </Card>
    </div>
  );
}
