import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Form, FormError, SelectField, TextAreaField, useZodForm } from '../../components/form/index.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { boxKey } from './nine-box.tsx';
import { jobRolesQuery, type Review, reviewQuery, useSaveReview } from './queries.ts';

const levels = [1, 2, 3] as const;

// The API's reviewInput; '' is "not answered" for the choices, the actions are typed one a line.
const reviewSchema = z.object({
  performance: z.string(),
  potential: z.string(),
  answers: z.array(z.string().max(2000)),
  flightRisk: z.string(),
  readiness: z.string(),
  nextRoleId: z.string(),
  advice: z.string().trim().max(4000),
  actions: z.string(),
});

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
  name,
  label,
  disabled,
  options,
}: {
  name: string;
  label: string;
  disabled: boolean;
  options: [value: string, label: string][];
}) {
  const { t } = useTranslation('talent');
  return (
    <SelectField name={name} label={label} disabled={disabled}>
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
  const form = useZodForm(reviewSchema, {
    defaultValues: {
      performance: review.performance ? String(review.performance) : '',
      potential: review.potential ? String(review.potential) : '',
      // In the questions' order: an answer is stored under its question's id.
      answers: review.questions.map((question) => review.answers[question.id] ?? ''),
      flightRisk: review.flightRisk ?? '',
      readiness: review.readiness ?? '',
      nextRoleId: review.nextRole?.id ?? '',
      advice: review.advice,
      actions: review.actions.join('\n'),
    },
  });
  const [performance, potential] = useWatch({ control: form.control, name: ['performance', 'potential'] });
  const { isSubmitting } = useFormState({ control: form.control });
  // Which button sent the form: "submit" hands the review in, the other saves a draft.
  const isSubmit = useRef(true);
  const readOnly = !review.canEdit;
  const submit = async (values: z.output<typeof reviewSchema>) => {
    const isSubmitted = isSubmit.current;
    await save.mutateAsync({
      performance: values.performance ? Number(values.performance) : null,
      potential: values.potential ? Number(values.potential) : null,
      answers: Object.fromEntries(
        review.questions
          .map((question, index) => [question.id, values.answers[index] ?? ''] as const)
          .filter(([, answer]) => answer.trim()),
      ),
      flightRisk: (values.flightRisk || null) as Review['flightRisk'],
      readiness: (values.readiness || null) as Review['readiness'],
      nextRoleId: values.nextRoleId || null,
      advice: values.advice,
      actions: values.actions
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
      <Form
        form={form}
        onSubmit={submit}
        aria-label={t('review.title')}
        className="grid gap-6 lg:grid-cols-[2fr_1fr]"
      >
        <div className="space-y-6">
          <Card title={t('review.grid')} titleId="review-grid">
            <div className="grid gap-4 sm:grid-cols-2">
              <Choice
                name="performance"
                label={t('grid.performance')}
                disabled={readOnly}
                options={levels.map((level) => [String(level), t(`level.${level}`)])}
              />
              <Choice
                name="potential"
                label={t('grid.potential')}
                disabled={readOnly}
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
              {review.questions.map((question, index) => (
                <div key={question.id} className="space-y-2">
                  <TextAreaField
                    name={`answers.${index}`}
                    label={i18n.language === 'en' ? question.textEn : question.textNl}
                    readOnly={readOnly}
                    maxLength={2000}
                  />
                  <Figures review={review} kind={question.figures} />
                </div>
              ))}
            </div>
          </Card>
          <Card title={t('review.outcome')} titleId="review-outcome">
            <div className="space-y-4">
              <TextAreaField name="advice" label={t('review.advice')} readOnly={readOnly} maxLength={4000} />
              <TextAreaField
                name="actions"
                label={t('review.actions')}
                hint={t('review.actionsHint')}
                readOnly={readOnly}
              />
            </div>
          </Card>
        </div>
        <div className="space-y-6">
          <Card title={t('review.next')} titleId="review-next">
            <div className="space-y-4">
              <Choice
                name="flightRisk"
                label={t('review.flightRisk')}
                disabled={readOnly}
                options={(['low', 'medium', 'high'] as const).map((risk) => [risk, t(`flightRisk.${risk}`)])}
              />
              {/* Mounted again once the roles arrive, so the chosen role shows as chosen. */}
              <SelectField
                key={roles.data ? 'roles' : 'loading'}
                name="nextRoleId"
                label={t('review.nextRole')}
                disabled={readOnly}
              >
                <option value="">{t('review.noRole')}</option>
                {(roles.data ?? []).map((role) => (
                  <option key={role.id} value={role.id}>
                    {i18n.language === 'en' ? role.name.en : role.name.nl}
                  </option>
                ))}
              </SelectField>
              <Choice
                name="readiness"
                label={t('review.readiness')}
                disabled={readOnly}
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
                <FormError />
                <div className="flex flex-wrap gap-2">
                  <Button
                    type="submit"
                    isBusy={isSubmitting && isSubmit.current}
                    onClick={() => {
                      isSubmit.current = true;
                    }}
                  >
                    {t('review.submit')}
                  </Button>
                  <Button
                    type="submit"
                    variant="secondary"
                    isBusy={isSubmitting && !isSubmit.current}
                    onClick={() => {
                      isSubmit.current = false;
                    }}
                  >
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
      </Form>
    </>
  );
}
