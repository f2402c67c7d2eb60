import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/dialog.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { languageName } from '../../i18n/content-languages.ts';
import { type CampaignMessage, previewQuery } from './queries.ts';
import { ReadabilityNote } from './readability-note.tsx';

/** A planned message as it will go out, in each language with its readers and B1 check. */
export function PreviewDialog({
  campaignId,
  message,
  onClose,
}: {
  campaignId: string;
  message: CampaignMessage;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('campaigns');
  const nameOf = (locale: string) =>
    locale === 'nl' || locale === 'en' ? t(`preview.${locale}`) : languageName(locale, i18n.language);
  const preview = useQuery(previewQuery(campaignId, message.id));
  return (
    <Dialog isOpen onOpenChange={(open) => !open && onClose()} title={t('preview.title')} isWide>
      {preview.isPending && <Loading />}
      {preview.isError && <QueryError error={preview.error} />}
      {preview.data && (
        <div className="space-y-4">
          <p className="text-sm text-slate-600">
            {t('preview.recipients', {
              count: preview.data.recipients,
              channel: t(`channels.${message.channel}`),
            })}
          </p>
          <div className="grid gap-4 md:grid-cols-2">
            {preview.data.versions.map((version) => (
              <section key={version.locale} aria-label={nameOf(version.locale)}>
                <h3 className="text-sm font-semibold text-slate-700">
                  {nameOf(version.locale)} · {t('preview.readers', { count: version.recipients })}
                </h3>
                <div
                  lang={version.locale}
                  dir={version.dir}
                  className="mt-2 rounded-lg border border-slate-200 bg-slate-50 p-3"
                >
                  <p className="font-semibold text-slate-900">{version.subject}</p>
                  <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{version.text}</p>
                </div>
                {version.readability ? (
                  <ReadabilityNote check={version.readability} />
                ) : (
                  <p className="mt-2 text-sm text-slate-600">{t('preview.noB1')}</p>
                )}
              </section>
            ))}
          </div>
        </div>
      )}
    </Dialog>
  );
}
