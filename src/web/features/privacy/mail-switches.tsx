import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Checkbox, SelectField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card } from '../../components/page.tsx';
import { ReportMailSwitch } from '../insight/index.ts';
import {
  type Digest,
  digestQuery,
  mailPreferencesQuery,
  useSaveDigest,
  useSaveMailOptOuts,
} from './queries.ts';

/**
 * "Mijn gegevens": which e-mail Groeipad sends me. Each switch saves at once; the sender honours it
 * (docs/INSIGHT.md, "Mail switches"). Sign-in mail and requests addressed to me are not optional.
 */
export function MailSwitches() {
  const { t } = useTranslation('privacy');
  const { t: common } = useTranslation();
  const preferences = useQuery(mailPreferencesQuery());
  const digest = useQuery(digestQuery());
  const saveOptOuts = useSaveMailOptOuts();
  const saveDigest = useSaveDigest();
  const optedOut: string[] = preferences.data?.optedOut ?? [];
  return (
    <Card title={t('mail.title')} titleId="my-mail">
      <p className="mb-4 text-sm text-slate-700">{t('mail.intro')}</p>
      <div className="space-y-4">
        <ReportMailSwitch />
        {digest.data && (
          <SelectField
            label={t('mail.digest')}
            hint={t('mail.digestHint')}
            value={digest.data.emailDigest}
            disabled={saveDigest.isPending}
            onChange={(event) => saveDigest.mutate(event.target.value as Digest)}
          >
            {(['daily', 'weekly', 'off'] as const).map((option) => (
              <option key={option} value={option}>
                {t(`mail.digestOptions.${option}`)}
              </option>
            ))}
          </SelectField>
        )}
        <FormErrorRegion error={saveDigest.error ?? saveOptOuts.error} />
        {preferences.data && (
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">{t('mail.optional')}</legend>
            <p className="mb-2 text-sm text-slate-600">{t('mail.optionalHint')}</p>
            <ul className="grid gap-2 sm:grid-cols-2">
              {preferences.data.optional.map((kind) => (
                <li key={kind}>
                  <Checkbox
                    label={common(`outbox.kinds.${kind}`)}
                    checked={!optedOut.includes(kind)}
                    disabled={saveOptOuts.isPending}
                    onChange={(event) =>
                      saveOptOuts.mutate(
                        event.currentTarget.checked
                          ? optedOut.filter((other) => other !== kind)
                          : [...optedOut, kind],
                      )
                    }
                  />
                </li>
              ))}
            </ul>
          </fieldset>
        )}
      </div>
    </Card>
  );
}
