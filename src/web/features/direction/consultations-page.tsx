import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Checkbox } from '../../components/field.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { localDateIn, useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { directionKeys, useConsultations } from './api.ts';

type SubjectKind = 'goal_set' | 'value_set' | 'statement';

/** The drafts management can put forward, of one kind. */
async function draftsOf(kind: SubjectKind): Promise<{ id: string; title: string }[]> {
  if (kind === 'goal_set') {
    const goals = await unwrap(api.GET('/api/v1/goals'));
    return goals
      .filter((goal) => goal.status === 'draft')
      .map((goal) => ({ id: goal.id, title: goal.title }));
  }
  if (kind === 'value_set') {
    const [values, competencies] = await Promise.all([
      unwrap(api.GET('/api/v1/direction/values')),
      unwrap(api.GET('/api/v1/direction/competencies')),
    ]);
    return [...values, ...competencies]
      .filter((p) => p.status === 'draft')
      .map((p) => ({ id: p.id, title: p.name }));
  }
  const versions = await Promise.all(
    (['mission', 'vision', 'strategy'] as const).map((statementKind) =>
      unwrap(api.GET('/api/v1/direction/statements', { params: { query: { kind: statementKind } } })),
    ),
  );
  return versions
    .flat()
    .filter((version) => version.status === 'draft')
    .map((version) => ({
      id: version.id,
      title: `${version.body.slice(0, 80)} (${version.locale}, v${version.version})`,
    }));
}

// The API's createConsultationBody; the closing day is typed as a date under its name (closesAt).
const consultationSchema = z.object({
  title: z.string().trim().min(1).max(300),
  description: z.string().max(10_000),
  subjectKind: z.enum(['goal_set', 'value_set', 'statement']),
  subjectIds: z.array(z.string()).max(50),
  audienceKind: z.enum(['works_council', 'ambassadors', 'everyone']),
  closesAt: z.string().min(1),
});
type ConsultationValues = z.input<typeof consultationSchema>;

function NewConsultationForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('direction');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useZodForm(consultationSchema, {
    defaultValues: {
      title: '',
      description: '',
      subjectKind: 'goal_set',
      subjectIds: [],
      audienceKind: 'works_council',
      closesAt: localDateIn(14),
    },
  });
  const subjectKind = useWatch({ control: form.control, name: 'subjectKind' });
  const drafts = useQuery({
    queryKey: ['consultation-drafts', subjectKind],
    queryFn: () => draftsOf(subjectKind),
  });
  const save = useMutation({
    mutationFn: (values: z.output<typeof consultationSchema>) =>
      unwrap(
        api.POST('/api/v1/consultations', {
          body: {
            ...values,
            // Only drafts of the kind chosen now, not those ticked under another kind.
            subjectIds: values.subjectIds.filter((id) =>
              (drafts.data ?? []).some((draft) => draft.id === id),
            ),
            closesAt: new Date(`${values.closesAt}T23:59:00`).toISOString(),
          },
        }),
      ),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: directionKeys.consultations });
      onDone();
      await navigate({ to: '/consultations/$consultationId', params: { consultationId: created.id } });
    },
  });
  return (
    <Card title={t('consultations.new')} titleId="new-consultation">
      <Form form={form} onSubmit={(values) => save.mutateAsync(values)} className="space-y-3">
        <TextField name="title" label={t('consultations.titleLabel')} required />
        <TextField name="description" label={t('consultations.question')} />
        <SelectField name="subjectKind" label={t('consultations.subjectKind')}>
          <option value="goal_set">{t('subjectKinds.goal_set')}</option>
          <option value="value_set">{t('subjectKinds.value_set')}</option>
          <option value="statement">{t('subjectKinds.statement')}</option>
        </SelectField>
        <DraftsField drafts={drafts.data ?? []} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField name="audienceKind" label={t('consultations.audience')}>
            <option value="works_council">{t('audiences.works_council')}</option>
            <option value="ambassadors">{t('audiences.ambassadors')}</option>
            <option value="everyone">{t('audiences.everyone')}</option>
          </SelectField>
          <TextField name="closesAt" label={t('consultations.closesOn')} type="date" required />
        </div>
        <FormError />
        <div className="flex gap-2">
          <SubmitButton>{t('consultations.open')}</SubmitButton>
          <Button variant="secondary" onClick={onDone}>
            {t('cancel')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}

/** The drafts put before the group, ticked one by one. */
function DraftsField({ drafts }: { drafts: { id: string; title: string }[] }) {
  const { t } = useTranslation('direction');
  const { field } = useController<ConsultationValues, 'subjectIds'>({ name: 'subjectIds' });
  const chosen = field.value;
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">{t('consultations.drafts')}</legend>
      {drafts.length === 0 ? (
        <p className="text-sm text-slate-600">{t('consultations.noDrafts')}</p>
      ) : (
        <div className="mt-2 space-y-2">
          {drafts.map((draft) => (
            <Checkbox
              key={draft.id}
              label={draft.title}
              checked={chosen.includes(draft.id)}
              onChange={(e) =>
                field.onChange(
                  e.target.checked ? [...chosen, draft.id] : chosen.filter((id) => id !== draft.id),
                )
              }
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}

export function ConsultationsPage() {
  const { t } = useTranslation('direction');
  const me = useMe();
  const format = useFormat();
  const list = useConsultations();
  const [isCreating, setIsCreating] = useState(false);
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} />;
  return (
    <>
      <PageHeader
        title={t('consultations.pageTitle')}
        description={t('consultations.intro')}
        actions={
          can(me, 'consultations.manage') && (
            <Button onClick={() => setIsCreating(true)}>{t('consultations.new')}</Button>
          )
        }
      />
      <div className="space-y-4">
        {isCreating && <NewConsultationForm onDone={() => setIsCreating(false)} />}
        {list.data.length === 0 ? (
          <EmptyState title={t('consultations.none')} />
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {list.data.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
                <div>
                  <Link
                    to="/consultations/$consultationId"
                    params={{ consultationId: item.id }}
                    className="font-medium text-teal-800 hover:underline"
                  >
                    {item.title}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {t(`audiences.${item.audienceKind}`)} ·{' '}
                    {t('consultations.closes', { date: format.date(item.closesAt) })} ·{' '}
                    {t('consultations.responses', { count: item.responseCount })}
                  </p>
                </div>
                <div className="flex gap-2">
                  {item.hasResponded && <Badge tone="green">{t('consultations.youResponded')}</Badge>}
                  <Badge tone={item.isOpen ? 'blue' : 'neutral'}>
                    {item.isOpen ? t('consultations.isOpen') : t('consultations.isClosed')}
                  </Badge>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
