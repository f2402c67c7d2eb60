import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import {
  CheckboxField,
  Form,
  FormError,
  SubmitButton,
  TextAreaField,
  useZodForm,
} from '../../components/form/index.ts';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { type Consultation, directionKeys, useConsultation } from './api.ts';

const kinds = ['support', 'concern', 'question'] as const;
const tones = { support: 'green', concern: 'amber', question: 'blue' } as const;

function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return async (data: Consultation) => {
    queryClient.setQueryData(directionKeys.consultation(id), data);
    await queryClient.invalidateQueries({ queryKey: directionKeys.consultations, exact: true });
    await queryClient.invalidateQueries({ queryKey: directionKeys.notifications });
  };
}

// The API's respondBody, replyBody and closeBody.
const respondSchema = z.object({
  kind: z.enum(kinds),
  comment: z.string().trim().max(5000),
  isAnonymous: z.boolean(),
});
const replySchema = z.object({ body: z.string().trim().min(1).max(5000) });
const closeSchema = z.object({ outcome: z.string().trim().min(1).max(10_000) });

function RespondForm({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation('direction');
  const refresh = useRefresh(consultation.id);
  const form = useZodForm(respondSchema, {
    defaultValues: { kind: 'support', comment: '', isAnonymous: false },
  });
  const save = useMutation({
    mutationFn: (body: z.output<typeof respondSchema>) =>
      unwrap(
        api.POST('/api/v1/consultations/{id}/responses', { params: { path: { id: consultation.id } }, body }),
      ),
    onSuccess: refresh,
  });
  return (
    <Card title={t('consultations.yourResponse')} titleId="respond">
      <Form form={form} onSubmit={(values) => save.mutateAsync(values)}>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t('consultations.kindLabel')}</legend>
          <div className="mt-2 flex flex-wrap gap-3">
            {kinds.map((option) => (
              <label
                key={option}
                className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-4 py-2 text-sm has-checked:border-teal-700 has-checked:bg-teal-50"
              >
                <input type="radio" value={option} className="accent-teal-700" {...form.register('kind')} />
                {t(`responseKinds.${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <TextAreaField name="comment" label={t('consultations.comment')} />
        {consultation.allowsAnonymous && (
          <CheckboxField
            name="isAnonymous"
            label={t('consultations.anonymous')}
            hint={t('consultations.anonymousHint')}
          />
        )}
        <FormError />
        <SubmitButton>{t('consultations.send')}</SubmitButton>
      </Form>
    </Card>
  );
}

function ReplyForm({ consultationId, responseId }: { consultationId: string; responseId: string }) {
  const { t } = useTranslation('direction');
  const refresh = useRefresh(consultationId);
  const form = useZodForm(replySchema, { defaultValues: { body: '' } });
  const save = useMutation({
    mutationFn: (body: z.output<typeof replySchema>) =>
      unwrap(
        api.POST('/api/v1/consultations/responses/{id}/replies', {
          params: { path: { id: responseId } },
          body,
        }),
      ),
    onSuccess: async (data) => {
      form.reset();
      await refresh(data);
    },
  });
  return (
    <Form form={form} onSubmit={(values) => save.mutateAsync(values)} className="mt-2 space-y-2">
      <TextAreaField name="body" label={t('consultations.reply')} required />
      <FormError />
      <SubmitButton variant="secondary">{t('consultations.sendReply')}</SubmitButton>
    </Form>
  );
}

function CloseForm({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation('direction');
  const refresh = useRefresh(consultation.id);
  const form = useZodForm(closeSchema, { defaultValues: { outcome: '' } });
  const close = useMutation({
    mutationFn: ({ outcome }: z.output<typeof closeSchema>) =>
      unwrap(
        api.POST('/api/v1/consultations/{id}/close', {
          params: { path: { id: consultation.id } },
          body: { outcome, publishSubject: true },
        }),
      ),
    onSuccess: refresh,
  });
  return (
    <Card title={t('consultations.finalise')} titleId="finalise">
      <Form form={form} onSubmit={(values) => close.mutateAsync(values)} className="space-y-3">
        <TextAreaField name="outcome" label={t('consultations.outcome')} required />
        <p className="text-sm text-slate-600">{t('consultations.finaliseHint')}</p>
        <FormError />
        <SubmitButton>{t('consultations.closeAndPublish')}</SubmitButton>
      </Form>
    </Card>
  );
}

export function ConsultationPage() {
  const { t } = useTranslation('direction');
  const { consultationId } = useParams({ strict: false }) as { consultationId: string };
  const me = useMe();
  const format = useFormat();
  const query = useConsultation(consultationId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} />;
  const consultation = query.data;
  const mayManage = can(me, 'consultations.manage');
  return (
    <>
      <PageHeader
        title={consultation.title}
        eyebrow={t(`audiences.${consultation.audienceKind}`)}
        description={
          consultation.isOpen
            ? t('consultations.closes', { date: format.date(consultation.closesAt) })
            : t('consultations.closedOn', { date: format.date(consultation.closedAt) })
        }
        actions={
          <Badge tone={consultation.isOpen ? 'blue' : 'neutral'}>
            {consultation.isOpen ? t('consultations.isOpen') : t('consultations.isClosed')}
          </Badge>
        }
      />
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-4">
          {consultation.outcome && (
            <section
              aria-labelledby="outcome"
              className="rounded-xl border border-emerald-200 bg-emerald-50 p-5"
            >
              <h2 id="outcome" className="font-semibold text-emerald-900">
                {t('consultations.outcomeTitle')}
              </h2>
              <p className="mt-1 whitespace-pre-line text-emerald-900">{consultation.outcome}</p>
            </section>
          )}
          <Card title={t('consultations.theDraft')} titleId="draft">
            {consultation.description && <p className="mb-3 text-slate-700">{consultation.description}</p>}
            <ul className="space-y-2">
              {consultation.subject.map((item) => (
                <li key={item.id} className="rounded-lg bg-slate-50 p-3">
                  <p className="font-medium text-slate-900">{item.title}</p>
                  {item.body && <p className="text-sm text-slate-700">{item.body}</p>}
                </li>
              ))}
            </ul>
          </Card>
          {consultation.canRespond && <RespondForm consultation={consultation} />}
          {consultation.hasResponded && (
            <p className="text-sm font-medium text-emerald-800">{t('consultations.thanks')}</p>
          )}
          <Card title={t('consultations.responsesTitle')} titleId="responses">
            {consultation.responses.length === 0 ? (
              <EmptyState title={t('consultations.noResponses')} />
            ) : (
              <ul className="space-y-4">
                {consultation.responses.map((response) => (
                  <li key={response.id} className="rounded-lg border border-slate-200 p-3">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone={tones[response.kind]}>{t(`responseKinds.${response.kind}`)}</Badge>
                      <span className="text-sm text-slate-600">
                        {response.author ? response.author.name : t('consultations.anonymousAuthor')}
                      </span>
                    </div>
                    {response.comment && <p className="mt-2 text-slate-900">{response.comment}</p>}
                    {response.replies.map((reply) => (
                      <div
                        key={reply.id}
                        className="mt-2 border-l-4 border-teal-600 bg-teal-50 px-3 py-2 text-sm"
                      >
                        <p className="text-xs font-medium text-teal-900">
                          {t('consultations.replyBy', { name: reply.by?.name ?? '' })}
                        </p>
                        <p className="text-slate-900">{reply.body}</p>
                      </div>
                    ))}
                    {mayManage && <ReplyForm consultationId={consultation.id} responseId={response.id} />}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="space-y-4">
          <Card title={t('consultations.summary')} titleId="summary">
            <dl className="grid grid-cols-3 gap-2 text-center">
              {kinds.map((kind) => (
                <div key={kind} className="rounded-lg bg-slate-50 p-2">
                  <dt className="text-xs text-slate-600">{t(`responseKinds.${kind}`)}</dt>
                  <dd className="text-xl font-semibold text-slate-900">
                    {consultation.summary.byKind[kind]}
                  </dd>
                </div>
              ))}
            </dl>
            <table className="mt-4 w-full text-sm">
              <caption className="sr-only">{t('consultations.byUnit')}</caption>
              <thead>
                <tr className="text-left text-xs text-slate-500">
                  <th scope="col">{t('consultations.unit')}</th>
                  {kinds.map((kind) => (
                    <th key={kind} scope="col" className="text-right">
                      {t(`responseKinds.${kind}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {consultation.summary.byUnit.map((row) => (
                  <tr key={row.unit?.id ?? 'anonymous'} className="border-t border-slate-100">
                    <th scope="row" className="py-1 text-left font-normal">
                      {row.unit?.name ?? t('consultations.anonymousAuthor')}
                    </th>
                    {kinds.map((kind) => (
                      <td key={kind} className="text-right">
                        {row[kind]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
          {mayManage && consultation.status === 'open' && <CloseForm consultation={consultation} />}
        </div>
      </div>
    </>
  );
}
