import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Checkbox } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';

const key = ['insight', 'report-mail'];

/** The monthly report by mail, switched on or off at once (the mail links here: #report-mail). */
export function ReportMailSwitch() {
  const { t } = useTranslation('insight');
  const client = useQueryClient();
  const state = useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/v1/insight/report-mail')) });
  const change = useMutation({
    mutationFn: (isSubscribed: boolean) =>
      unwrap(api.PUT('/api/v1/insight/report-mail', { body: { isSubscribed } })),
    onSuccess: (data) => client.setQueryData(key, data),
  });
  if (!state.data?.isRecipient) return null;
  return (
    <div id="report-mail" className="rounded-lg border bg-white p-4">
      <Checkbox
        label={t('reportMail.label')}
        hint={t('reportMail.hint')}
        checked={state.data.isSubscribed}
        disabled={change.isPending}
        onChange={(event) => change.mutate(event.target.checked)}
      />
      <FormErrorRegion error={change.error} />
    </div>
  );
}
