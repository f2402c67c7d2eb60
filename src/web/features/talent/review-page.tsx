import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { SelectField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { boxKey } from './nine-box.tsx';
import { jobRolesQuery, type Review, reviewQuery, useSaveReview } from './queries.ts';

const levels = [1, 2, 3] as const;

/** One review: the nine-box, the manager criteria with live figures, flight risk, readiness, advice. */
export function ReviewPage() {
  const { id } = useParams({ from: '/_app/talent/reviews/$id' });
  const review = useQuery(reviewQuery(id));
  // Kept here: the form starts again from the saved review after each save, the confirmation stays.
  const [saved, setSaved] = useState('');
  if (review.isPending) return <Loading />;
  if (review.isError) return <QueryError error={review.error} />;
  return <ReviewForm key={review.dataUpdatedAt} review={review.data} saved={saved} onSaved={setSaved} />;
}

/** One of the review's closed questions: a list with "choose…" first, so "not answered" is a choice. */
function Choice({
  label,
  value,
  disabled,
  onChange,
  options,
}: {
  label: string;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
  options: [value: string, label: string][];
}) {
  const { t } = useTranslation('talent');
  return (
    <SelectField label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('move.choose')}</option>
      {options.map(([option, text]) => (
        <option key={option} value={option}>
          {text}
        </option>
      ))}
    </SelectField>
  );
}

function Figures({ review, kind }: { review: Review; kind: string }) {
  const { t } = useTranslation('talent');
  const f = review.figures;
  if (kind === 'none') return null;
  const items =
    kind === 'team'
      ? [
          t('figures.plansAgreed', { count: f.plansAgreed, reports: f.reports }),
          t('figures.conversationsHeld', { count: f.conversationsHeld }),
          t('figures.teamLearning', { hours: Math.round(f.teamLearningMinutes / 6) / 10 }),
          t('figures.agreementsKept', { kept: f.agreementsKept, total: f.agreementsTotal }),
        ]
      : [
          t('figures.ownLearning', { hours: Math.round(f.ownLearningMinutes / 6) / 10 }),
          f.ownPlanAgreed ? t('figures.ownPlanAgreed') : t('figures.ownPlanNotAgreed'),
        ];
  return (
    // Not a landmark: one of these sits under each question, and landmarks need unique names.
    <div className="rounded-md bg-sky-50 p-3 text-sm text-sky-950">
      <p className="font-medium">{t('figures.title')}</p>
      <ul className="mt-1 list-disc pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

function ReviewForm({
  review,
  saved,
  onSaved: setSaved,
}: {
  review: Review;
  saved: string;
  onSaved: (message: string) => void;
}) {
  const { t, i18n } = useTranslation('talent');
  const save = useSaveReview(review.id);
  const roles = useQuery(jobRolesQuery());
  const [performance, setPerformance] = useState(review.performance ? String(review.performance) : '');
  const [potential, setPotential] = useState(review.potential ? String(review.potential) : '');
  const [answers, setAnswers] = useState<Record<string, string>>(review.answers);
  const [flightRisk, setFlightRisk] = useState(review.flightRisk ?? '');
  const [readiness, setReadiness] = useState(review.readiness ?? '');
  const [nextRoleId, setNextRoleId] = useState(review.nextRole?.id ?? '');
  const [advice, setAdvice] = useState(review.advice);
  const [actions, setActions] = useState(review.actions.join('\n'));
  const readOnly = !review.canEdit;
  const submit = async (isSubmitted: boolean) => {
    await save.mutateAsync({
      performance: performance ? Number(performance) : null,
      potential: potential ? Number(potential) : null,
      answers: Object.fromEntries(Object.entries(answers).filter(([, value]) => value.trim())),
      flightRisk: (flightRisk || null) as Review['flightRisk'],
      readiness: (readiness || null) as Review['readiness'],
      nextRoleId: nextRoleId || null,
      advice,
      actions: actions
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      isSubmitted,
    });
    setSaved(isSubmitted ? t('review.submitted') : t('review.saved'));
  };
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/talent/rounds/$id" params={{ id: review.roundId }} className="underline">
            {review.roundTitle}
          </Link>
        }
        title={review.name}
        description={t('review.reviewer', { name: review.reviewerName ?? 'HR' })}
        actions={
          review.isLocked ? (
            <Badge tone="green">{t('round.signedOff')}</Badge>
          ) : review.isSubmitted ? (
            <Badge tone="blue">{t('review.isSubmitted')}</Badge>
          ) : null
        }
      />
      <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
        {t('review.confidential')}
      </p>
      <form
        className="grid gap-6 lg:grid-cols-[2fr_1fr]"
        aria-label={t('review.title')}
        onSubmit={async (event) => {
          event.preventDefault();
          await submit(true);
        }}
      >
        <div className="space-y-6">
          <Card title={t('review.grid')} titleId="review-grid">
            <div className="grid gap-4 sm:grid-cols-2">
              <Choice
                label={t('grid.performance')}
                value={performance}
                disabled={readOnly}
                onChange={setPerformance}
                options={levels.map((level) => [String(level), t(`level.${level}`)])}
              />
              <Choice
                label={t('grid.potential')}
                value={potential}
                disabled={readOnly}
                onChange={setPotential}
                options={levels.map((level) => [String(level), t(`level.${level}`)])}
              />
            </div>
            {performance && potential && (
              <p className="mt-2 text-sm text-slate-700">
                {t('review.inBox', {
                  box: t(`box.${boxKey({ performance: Number(performance), potential: Number(potential) })}`),
                })}
              </p>
            )}
          </Card>
          <Card title={t('review.questions')} titleId="review-questions">
            <div className="space-y-5">
              {review.questions.map((question) => (
                <div key={question.id} className="space-y-2">
                  <TextArea
                    label={i18n.language === 'en' ? question.textEn : question.textNl}
                    value={answers[question.id] ?? ''}
                    readOnly={readOnly}
                    maxLength={2000}
                    onChange={(e) => setAnswers({ ...answers, [question.id]: e.target.value })}
                  />
                  <Figures review={review} kind={question.figures} />
                </div>
              ))}
            </div>
          </Card>
          <Card title={t('review.outcome')} titleId="review-outcome">
            <div className="space-y-4">
              <TextArea
                label={t('review.advice')}
                value={advice}
                readOnly={readOnly}
                maxLength={4000}
                onChange={(e) => setAdvice(e.target.value)}
              />
              <TextArea
                label={t('review.actions')}
                hint={t('review.actionsHint')}
                value={actions}
                readOnly={readOnly}
                onChange={(e) => setActions(e.target.value)}
              />
            </div>
          </Card>
        </div>
        <div className="space-y-6">
          <Card title={t('review.next')} titleId="review-next">
            <div className="space-y-4">
              <Choice
                label={t('review.flightRisk')}
                value={flightRisk}
                disabled={readOnly}
                onChange={setFlightRisk}
                options={(['low', 'medium', 'high'] as const).map((risk) => [risk, t(`flightRisk.${risk}`)])}
              />
              <SelectField
                label={t('review.nextRole')}
                value={nextRoleId}
                disabled={readOnly}
                onChange={(e) => setNextRoleId(e.target.value)}
              >
                <option value="">{t('review.noRole')}</option>
                {(roles.data ?? []).map((role) => (
                  <option key={role.id} value={role.id}>
                    {i18n.language === 'en' ? role.name.en : role.name.nl}
                  </option>
                ))}
              </SelectField>
              <Choice
                label={t('review.readiness')}
                value={readiness}
                disabled={readOnly}
                onChange={setReadiness}
                options={(['ready_now', 'ready_later', 'not_yet'] as const).map((value) => [
                  value,
                  t(`readiness.${value}`),
                ])}
              />
            </div>
          </Card>
          {review.canEdit && (
            <Card>
              <div className="space-y-3">
                <FormErrorRegion error={save.error} />
                <div className="flex flex-wrap gap-2">
                  <Button type="submit" isBusy={save.isPending}>
                    {t('review.submit')}
                  </Button>
                  <Button type="button" variant="secondary" onClick={() => submit(false)}>
                    {t('review.saveDraft')}
                  </Button>
                </div>
                <p role="status" className="text-sm text-emerald-800">
                  {saved}
                </p>
              </div>
            </Card>
          )}
          <Card title={t('review.history')} titleId="review-history">
            {review.moves.length === 0 ? (
              <p className="text-sm text-slate-600">{t('review.noMoves')}</p>
            ) : (
              <ol className="space-y-2 text-sm">
                {review.moves.map((move) => (
                  <li key={move.movedAt}>
                    {t('review.move', {
                      to: t(
                        `box.${boxKey({ performance: move.toPerformance, potential: move.toPotential })}`,
                      ),
                      by: move.movedBy ?? '—',
                    })}
                    <span className="block text-slate-600">“{move.reason}”</span>
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      </form>
    </>
  );
}
