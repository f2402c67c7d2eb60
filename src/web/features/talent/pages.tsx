import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Checkbox, SelectField, TextField } from '../../components/field.tsx';
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

function OpenRoundForm() {
  const { t, i18n } = useTranslation('talent');
  const navigate = useNavigate();
  const open = useOpenRound();
  const units = useQuery(unitsQuery());
  const roles = useQuery(jobRolesQuery());
  const [title, setTitle] = useState('');
  const [unitId, setUnitId] = useState('');
  const [jobRoleId, setJobRoleId] = useState('');
  const [managersOnly, setManagersOnly] = useState(true);
  const [reviewerRule, setReviewerRule] = useState<'managers_manager' | 'hr'>('managers_manager');
  const [deadline, setDeadline] = useState(inDays(21));
  return (
    <Card title={t('open.title')} titleId="talent-open">
      <form
        className="space-y-3"
        aria-label={t('open.title')}
        onSubmit={async (event) => {
          event.preventDefault();
          const round = await open.mutateAsync({
            title,
            criteria: {
              unitIds: unitId ? [unitId] : [],
              jobRoleIds: jobRoleId ? [jobRoleId] : [],
              roles: managersOnly ? ['manager'] : [],
              statuses: [],
              startsWithinDays: null,
            },
            reviewerRule,
            reviewDeadline: deadline,
            // HR looks at the questions first and opens the round from its page.
            isDraft: true,
          });
          await navigate({ to: '/talent/rounds/$id', params: { id: round.id } });
        }}
      >
        <TextField
          label={t('open.name')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={200}
        />
        <SelectField label={t('open.unit')} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
          <option value="">{t('open.anyUnit')}</option>
          {(units.data ?? []).map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('open.jobRole')}
          value={jobRoleId}
          onChange={(e) => setJobRoleId(e.target.value)}
        >
          <option value="">{t('open.anyRole')}</option>
          {(roles.data ?? []).map((role) => (
            <option key={role.id} value={role.id}>
              {i18n.language === 'en' ? role.name.en : role.name.nl}
            </option>
          ))}
        </SelectField>
        <Checkbox
          label={t('open.managersOnly')}
          checked={managersOnly}
          onChange={(e) => setManagersOnly(e.target.checked)}
        />
        <SelectField
          label={t('open.reviewer')}
          value={reviewerRule}
          onChange={(e) => setReviewerRule(e.target.value as 'managers_manager' | 'hr')}
        >
          <option value="managers_manager">{t('open.managersManager')}</option>
          <option value="hr">{t('open.hr')}</option>
        </SelectField>
        <TextField
          label={t('open.deadline')}
          type="date"
          value={deadline}
          onChange={(e) => setDeadline(e.target.value)}
          required
        />
        <p className="text-xs text-slate-600">{t('open.questionsHint')}</p>
        <FormErrorRegion error={open.error} />
        <Button type="submit" isBusy={open.isPending} disabled={!title.trim()}>
          {t('open.submit')}
        </Button>
      </form>
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
      <SelectField
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
      </SelectField>
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
