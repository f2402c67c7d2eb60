import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Checkbox, SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { localDateIn, useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { directionKeys, useConsultations } from './api.ts';

type Audience = 'works_council' | 'ambassadors' | 'everyone';
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

function NewConsultationForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('direction');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [subjectKind, setSubjectKind] = useState<SubjectKind>('goal_set');
  const drafts = useQuery({
    queryKey: ['consultation-drafts', subjectKind],
    queryFn: () => draftsOf(subjectKind),
  });
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [audience, setAudience] = useState<Audience>('works_council');
  const [closesOn, setClosesOn] = useState(localDateIn(14));
  const [goalIds, setGoalIds] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/consultations', {
          body: {
            title,
            description,
            subjectKind,
            subjectIds: goalIds.filter((id) => (drafts.data ?? []).some((draft) => draft.id === id)),
            audienceKind: audience,
            closesAt: new Date(`${closesOn}T23:59:00`).toISOString(),
          },
        }),
      ),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: directionKeys.consultations });
      onDone();
      await navigate({ to: '/consultations/$consultationId', params: { consultationId: created.id } });
    },
  });
  const errors = fieldErrorsOf(save.error);
  const draftGoals = drafts.data ?? [];
  return (
    <Card title={t('consultations.new')} titleId="new-consultation">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <TextField
          label={t('consultations.titleLabel')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          error={errors.title}
        />
        <TextField
          label={t('consultations.question')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <SelectField
          label={t('consultations.subjectKind')}
          value={subjectKind}
          onChange={(e) => setSubjectKind(e.target.value as SubjectKind)}
        >
          <option value="goal_set">{t('subjectKinds.goal_set')}</option>
          <option value="value_set">{t('subjectKinds.value_set')}</option>
          <option value="statement">{t('subjectKinds.statement')}</option>
        </SelectField>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t('consultations.drafts')}</legend>
          {draftGoals.length === 0 ? (
            <p className="text-sm text-slate-600">{t('consultations.noDrafts')}</p>
          ) : (
            <div className="mt-2 space-y-2">
              {draftGoals.map((goal) => (
                <Checkbox
                  key={goal.id}
                  label={goal.title}
                  checked={goalIds.includes(goal.id)}
                  onChange={(e) =>
                    setGoalIds(
                      e.target.checked ? [...goalIds, goal.id] : goalIds.filter((id) => id !== goal.id),
                    )
                  }
                />
              ))}
            </div>
          )}
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            label={t('consultations.audience')}
            value={audience}
            onChange={(e) => setAudience(e.target.value as Audience)}
          >
            <option value="works_council">{t('audiences.works_council')}</option>
            <option value="ambassadors">{t('audiences.ambassadors')}</option>
            <option value="everyone">{t('audiences.everyone')}</option>
          </SelectField>
          <TextField
            label={t('consultations.closesOn')}
            type="date"
            value={closesOn}
            onChange={(e) => setClosesOn(e.target.value)}
            required
            error={errors.closesAt}
          />
        </div>
        <FormErrorRegion error={save.error} shownFields={['title', 'closesAt']} />
        <div className="flex gap-2">
          <Button type="submit" isBusy={save.isPending}>
            {t('consultations.open')}
          </Button>
          <Button variant="secondary" onClick={onDone}>
            {t('cancel')}
          </Button>
        </div>
      </form>
    </Card>
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
