import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, buttonClass } from '../../components/button.tsx';
import { ConfirmDialog } from '../../components/dialog.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { MailSwitches } from './mail-switches.tsx';
import {
  type Leaver,
  leaversQuery,
  type Months,
  myDataUrl,
  organisationExportsQuery,
  organisationExportUrl,
  privacySettingsQuery,
  useErase,
  useRequestOrganisationExport,
  useSaveRetention,
} from './queries.ts';

/** "Mijn gegevens": everything Groeipad keeps about me, as one download. */
export function MyDataPage() {
  const { t } = useTranslation('privacy');
  return (
    <div className="space-y-6">
      <PageHeader title={t('mine.title')} description={t('mine.intro')} />
      <Card title={t('mine.downloadTitle')} titleId="my-data-download">
        <p className="mb-4 text-sm text-slate-700">{t('mine.contents')}</p>
        <a href={myDataUrl} download className={buttonClass('primary')}>
          {t('mine.download')}
        </a>
        <p className="mt-4 text-sm text-slate-600">{t('mine.others')}</p>
      </Card>
      <MailSwitches />
    </div>
  );
}

function RetentionForm() {
  const { t } = useTranslation('privacy');
  const settings = useQuery(privacySettingsQuery());
  const save = useSaveRetention();
  const [months, setMonths] = useState<Months | null>(null);
  useEffect(() => {
    if (settings.data && !months) setMonths(settings.data.months);
  }, [settings.data, months]);
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <QueryError error={settings.error} />;
  if (!months) return null;
  const errors = fieldErrorsOf(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(months);
  };
  return (
    <Card title={t('erasure.retentionTitle')} titleId="retention">
      <p className="mb-4 text-sm text-slate-700">{t('erasure.retentionIntro')}</p>
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormErrorRegion error={save.error} />
        <div className="grid gap-4 sm:grid-cols-2">
          {settings.data.kinds.map((kind) => (
            <TextField
              key={kind}
              type="number"
              min={0}
              max={120}
              label={t(`kinds.${kind}`)}
              hint={t('erasure.months', { count: settings.data.defaults[kind] })}
              value={String(months[kind])}
              error={errors[`months.${kind}`]}
              onChange={(e) => setMonths({ ...months, [kind]: Number(e.target.value) })}
            />
          ))}
        </div>
        <Button type="submit" isBusy={save.isPending}>
          {t('erasure.save')}
        </Button>
        {save.isSuccess && <p role="status">{t('erasure.saved')}</p>}
      </form>
      <h3 className="mt-6 font-semibold">{t('erasure.keptTitle')}</h3>
      <ul className="mt-2 list-disc space-y-2 pl-5 text-sm text-slate-700">
        {settings.data.kept.map((item) => (
          <li key={item.what}>
            <strong>{item.what}</strong> — {item.why}
          </li>
        ))}
      </ul>
    </Card>
  );
}

function LeaversList() {
  const { t } = useTranslation('privacy');
  const format = useFormat();
  const leavers = useQuery(leaversQuery());
  const erase = useErase();
  const [chosen, setChosen] = useState<Leaver | null>(null);
  if (leavers.isPending) return <Loading />;
  if (leavers.isError) return <QueryError error={leavers.error} />;
  return (
    <Card title={t('erasure.leaversTitle')} titleId="leavers">
      {leavers.data.length === 0 ? (
        <EmptyState title={t('erasure.noLeavers')} />
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col">{t('erasure.person')}</th>
              <th scope="col">{t('erasure.endDate')}</th>
              <th scope="col">{t('erasure.state')}</th>
              <th scope="col">
                <span className="sr-only">{t('erasure.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {leavers.data.map((leaver) => (
              <tr key={leaver.id} className="border-t border-slate-100">
                <td className="py-2">{leaver.isErased ? t('erasure.erasedPerson') : leaver.name}</td>
                <td>{format.date(leaver.endDate)}</td>
                <td>
                  {leaver.isErased
                    ? t('erasure.erased')
                    : t('erasure.partly', { count: leaver.erasedKinds.length })}
                </td>
                <td className="text-right">
                  {!leaver.isErased && (
                    <Button variant="danger" onClick={() => setChosen(leaver)}>
                      {t('erasure.eraseNow')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        isOpen={chosen !== null}
        onOpenChange={(open) => !open && setChosen(null)}
        title={t('erasure.confirmTitle', { name: chosen?.name ?? '' })}
        confirmLabel={t('erasure.eraseNow')}
        isDanger
        isBusy={erase.isPending}
        onConfirm={() => chosen && erase.mutate(chosen.id, { onSuccess: () => setChosen(null) })}
      >
        <p className="text-sm text-slate-700">{t('erasure.confirmBody')}</p>
        <FormErrorRegion error={erase.error} />
      </ConfirmDialog>
    </Card>
  );
}

/** HR: how long each kind of data is kept after someone leaves, and erasing a leaver now. */
export function ErasurePage() {
  const { t } = useTranslation('privacy');
  return (
    <div className="space-y-6">
      <PageHeader title={t('erasure.title')} description={t('erasure.intro')} />
      <RetentionForm />
      <LeaversList />
    </div>
  );
}

/** The owner: the whole organisation as a zip, built in the background. */
export function OrganisationExportPage() {
  const { t } = useTranslation('privacy');
  const format = useFormat();
  const exports = useQuery(organisationExportsQuery());
  const request = useRequestOrganisationExport();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('organisation.title')}
        description={t('organisation.intro')}
        actions={
          <Button onClick={() => request.mutate()} isBusy={request.isPending}>
            {t('organisation.request')}
          </Button>
        }
      />
      <FormErrorRegion error={request.error} />
      <Card title={t('organisation.listTitle')} titleId="organisation-exports">
        {exports.isPending ? (
          <Loading />
        ) : exports.isError ? (
          <QueryError error={exports.error} />
        ) : exports.data.length === 0 ? (
          <EmptyState title={t('organisation.none')} />
        ) : (
          <ul className="divide-y divide-slate-100">
            {exports.data.map((row) => (
              <li key={row.id} className="flex items-center justify-between py-2 text-sm">
                <span>
                  {format.dateTime(row.requestedAt)} — {t(`organisation.state.${row.state}`)}
                </span>
                {row.state === 'ready' && (
                  <a href={organisationExportUrl(row.id)} download className={buttonClass('secondary')}>
                    {t('organisation.download')}
                  </a>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
