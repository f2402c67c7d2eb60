import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { SelectField as PlainSelectField } from '../../components/field.tsx';
import {
  CheckboxField,
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import {
  jobRolesQuery,
  myTalentQuery,
  roundsQuery,
  settingsQuery,
  successionQuery,
  unitsQuery,
  useDecide,
  useOpenRound,
  useSaveSettings,
} from './queries.ts';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Talent reviews: the rounds I run (HR) or review and calibrate in. */
export function TalentPage() {
  const { t } = useTranslation('talent');
  const me = useMe();
  const list = useQuery(roundsQuery());
  const isHr = can(me, 'development.manage');
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          isHr ? (
            <Link to="/talent/succession" className="text-sm underline">
              {t('succession.title')}
            </Link>
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card title={t('rounds.title')} titleId="talent-rounds">
          {list.isPending ? (
            <Loading />
          ) : list.isError ? (
            <QueryError error={list.error} />
          ) : list.data.length === 0 ? (
            <p className="text-sm text-slate-600">{t('rounds.empty')}</p>
          ) : (
            <ul className="divide-y">
              {list.data.map((round) => (
                <li key={round.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <span>
                    <Link
                      to="/talent/rounds/$id"
                      params={{ id: round.id }}
                      className="font-medium text-teal-800 underline"
                    >
                      {round.title}
                    </Link>
                    <span className="block text-sm text-slate-600">
                      {t('round.summary', { people: round.people, submitted: round.submitted })} ·{' '}
                      {t('round.deadline', { date: round.reviewDeadline })}
                    </span>
                  </span>
                  {round.signedOffAt ? (
                    <Badge tone="green">{t('round.signedOff')}</Badge>
                  ) : round.openedAt ? (
                    <Badge>{t('round.open')}</Badge>
                  ) : (
                    <Badge tone="blue">{t('round.draft')}</Badge>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
        {isHr && (
          <div className="space-y-6">
            <OpenRoundForm />
            <SettingsCard />
          </div>
        )}
      </div>
    </>
  );
}

// The API's roundInput, with one unit and one job role to choose from; always opened as a draft.
const roundSchema = z.object({
  title: z.string().trim().min(1).max(200),
  unitId: z.string(),
  jobRoleId: z.string(),
  managersOnly: z.boolean(),
  reviewerRule: z.enum(['managers_manager', 'hr']),
  reviewDeadline: z.string().min(1),
});

function OpenRoundForm() {
  const { t, i18n } = useTranslation('talent');
  const navigate = useNavigate();
  const open = useOpenRound();
  const units = useQuery(unitsQuery());
  const roles = useQuery(jobRolesQuery());
  const form = useZodForm(roundSchema, {
    defaultValues: {
      title: '',
      unitId: '',
      jobRoleId: '',
      managersOnly: true,
      reviewerRule: 'managers_manager',
      reviewDeadline: inDays(21),
    },
  });
  const title = useWatch({ control: form.control, name: 'title' });
  return (
    <Card title={t('open.title')} titleId="talent-open">
      <Form
        form={form}
        aria-label={t('open.title')}
        onSubmit={async ({ unitId, jobRoleId, managersOnly, ...values }) => {
          const round = await open.mutateAsync({
            ...values,
            criteria: {
              unitIds: unitId ? [unitId] : [],
              jobRoleIds: jobRoleId ? [jobRoleId] : [],
              roles: managersOnly ? ['manager'] : [],
              statuses: [],
              startsWithinDays: null,
            },
            // HR looks at the questions first and opens the round from its page.
            isDraft: true,
          });
          await navigate({ to: '/talent/rounds/$id', params: { id: round.id } });
        }}
        className="space-y-3"
      >
        <TextField name="title" label={t('open.name')} required maxLength={200} />
        <SelectField name="unitId" label={t('open.unit')}>
          <option value="">{t('open.anyUnit')}</option>
          {(units.data ?? []).map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </SelectField>
        <SelectField name="jobRoleId" label={t('open.jobRole')}>
          <option value="">{t('open.anyRole')}</option>
          {(roles.data ?? []).map((role) => (
            <option key={role.id} value={role.id}>
              {i18n.language === 'en' ? role.name.en : role.name.nl}
            </option>
          ))}
        </SelectField>
        <CheckboxField name="managersOnly" label={t('open.managersOnly')} />
        <SelectField name="reviewerRule" label={t('open.reviewer')}>
          <option value="managers_manager">{t('open.managersManager')}</option>
          <option value="hr">{t('open.hr')}</option>
        </SelectField>
        <TextField name="reviewDeadline" label={t('open.deadline')} type="date" required />
        <p className="text-xs text-slate-600">{t('open.questionsHint')}</p>
        <FormError />
        <SubmitButton isDisabled={!title.trim()}>{t('open.submit')}</SubmitButton>
      </Form>
    </Card>
  );
}

function SettingsCard() {
  const { t } = useTranslation('talent');
  const settings = useQuery(settingsQuery());
  const save = useSaveSettings();
  if (!settings.data) return null;
  return (
    <Card title={t('settings.title')} titleId="talent-settings">
      <PlainSelectField
        label={t('settings.visibility')}
        hint={t('settings.hint')}
        value={settings.data.ownReviewVisibility}
        onChange={(e) =>
          save.mutate({ ownReviewVisibility: e.target.value as 'nothing' | 'advice' | 'everything' })
        }
      >
        {(['nothing', 'advice', 'everything'] as const).map((value) => (
          <option key={value} value={value}>
            {t(`settings.${value}`)}
          </option>
        ))}
      </PlainSelectField>
      <FormErrorRegion error={save.error} />
    </Card>
  );
}

/** What I see of my own talent reviews: actions proposed to me (accept or decline), and per the setting. */
export function MyTalentPage() {
  const { t } = useTranslation('talent');
  const mine = useQuery(myTalentQuery());
  const decide = useDecide();
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <QueryError error={mine.error} />;
  return (
    <>
      <PageHeader title={t('mine.title')} description={t('mine.intro')} />
      <div className="space-y-6">
        <Card title={t('mine.proposals')} titleId="talent-proposals">
          {mine.data.proposals.length === 0 ? (
            <p className="text-sm text-slate-600">{t('mine.noProposals')}</p>
          ) : (
            <ul className="divide-y">
              {mine.data.proposals.map((proposal) => (
                <li key={proposal.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <span>
                    <span className="font-medium">{proposal.title}</span>
                    <span className="block text-sm text-slate-600">{proposal.roundTitle}</span>
                  </span>
                  {proposal.status === 'proposed' ? (
                    <span className="flex gap-2">
                      <Button onClick={() => decide.mutate({ id: proposal.id, accept: true })}>
                        {t('mine.accept', { title: proposal.title })}
                      </Button>
                      <Button
                        variant="secondary"
                        onClick={() => decide.mutate({ id: proposal.id, accept: false })}
                      >
                        {t('mine.decline')}
                      </Button>
                    </span>
                  ) : (
                    <Badge tone={proposal.status === 'accepted' ? 'green' : 'neutral'}>
                      {t(`mine.${proposal.status}`)}
                    </Badge>
                  )}
                </li>
              ))}
            </ul>
          )}
          <FormErrorRegion error={decide.error} />
        </Card>
        {mine.data.reviews.map((review) => (
          <Card
            key={review.signedOffAt}
            title={review.roundTitle}
            titleId={`talent-own-${review.signedOffAt}`}
          >
            {review.performance !== null && review.potential !== null && (
              <p className="text-sm">
                {t('mine.box', { box: t(`box.p${review.performance}-q${review.potential}`) })}
              </p>
            )}
            {review.readiness && <p className="text-sm">{t(`readiness.${review.readiness}`)}</p>}
            {review.advice && <p className="mt-2 whitespace-pre-line text-sm">{review.advice}</p>}
          </Card>
        ))}
      </div>
    </>
  );
}

/** Succession per job role (HR): who the signed-off reviews name, and how ready they are. */
export function SuccessionPage() {
  const { t } = useTranslation('talent');
  const list = useQuery(successionQuery());
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} />;
  return (
    <>
      <PageHeader title={t('succession.title')} description={t('succession.intro')} />
      {list.data.length === 0 ? (
        <p className="text-sm text-slate-600">{t('succession.empty')}</p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {list.data.map((role) => (
            <Card key={role.jobRoleId} title={role.title} titleId={`succession-${role.jobRoleId}`}>
              <ul className="space-y-1 text-sm">
                {role.candidates.map((candidate) => (
                  <li key={candidate.personId}>
                    {candidate.name} — {candidate.readiness ? t(`readiness.${candidate.readiness}`) : '—'}
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
