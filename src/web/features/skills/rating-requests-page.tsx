import { Link } from '@tanstack/react-router';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Form, FormError, SubmitButton, useZodForm } from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import {
  type RatingRequest,
  useFramework,
  useLocalName,
  useRatingRequests,
  useSkillsMutation,
} from './skills-api.ts';

// A level per requested skill ('' = not rated); at least one before it can be sent.
const answerSchema = z.object({ levels: z.record(z.string(), z.string()) });

function AnswerForm({ request }: { request: RatingRequest }) {
  const { t } = useTranslation('skills');
  const name = useLocalName();
  const format = useFormat();
  const framework = useFramework();
  const form = useZodForm(answerSchema, {
    defaultValues: { levels: Object.fromEntries(request.skills.map((skill) => [skill.id, ''])) },
  });
  const levels = useWatch({ control: form.control, name: 'levels' });
  const answer = useSkillsMutation(({ levels }: z.output<typeof answerSchema>) =>
    unwrap(
      api.POST('/api/v1/skills/rating-requests/{id}/answer', {
        params: { path: { id: request.id } },
        // A skill left at "choose a level" is not rated.
        body: {
          ratings: Object.entries(levels)
            .filter(([, level]) => level)
            .map(([skillId, level]) => ({ skillId, level: Number(level) })),
        },
      }),
    ),
  );
  const decline = useSkillsMutation(() =>
    unwrap(api.POST('/api/v1/skills/rating-requests/{id}/decline', { params: { path: { id: request.id } } })),
  );
  const scale = framework.data?.scale ?? [];
  return (
    <Card
      title={t('requests.from', { name: request.person.displayName })}
      titleId={`request-${request.id}`}
      actions={
        <Badge tone={request.raterIsManager ? 'green' : 'violet'}>
          {t(request.raterIsManager ? 'source.manager' : 'source.peer')}
        </Badge>
      }
    >
      <p className="text-sm text-slate-600">{format.dateTime(request.createdAt)}</p>
      {request.message && (
        <blockquote className="mt-2 border-l-4 border-slate-200 pl-3 text-sm italic">
          {request.message}
        </blockquote>
      )}
      <Form form={form} onSubmit={(values) => answer.mutateAsync(values)} className="mt-4 space-y-3">
        {request.skills.map((skill) => (
          <label key={skill.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span className="font-medium text-slate-800">{name(skill.name)}</span>
            <select
              className="min-h-10 rounded-md bg-white px-2 ring-1 ring-slate-300 ring-inset"
              {...form.register(`levels.${skill.id}`)}
            >
              <option value="">{t('requests.chooseLevel')}</option>
              {scale.map((s) => (
                <option key={s.level} value={s.level}>
                  {s.level} · {name(s.label)} — {name(s.descriptor)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <FormError />
        <FormErrorRegion error={decline.error} />
        <div className="flex gap-2">
          <SubmitButton isDisabled={!Object.values(levels).some(Boolean)}>{t('requests.send')}</SubmitButton>
          <Button variant="ghost" isBusy={decline.isPending} onClick={() => decline.mutate(undefined)}>
            {t('requests.decline')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}

export function RatingRequestsPage() {
  const { t } = useTranslation('skills');
  const format = useFormat();
  const name = useLocalName();
  const incoming = useRatingRequests('incoming');
  const outgoing = useRatingRequests('outgoing', 'all');
  if (incoming.isPending || outgoing.isPending) return <Loading />;
  if (incoming.isError) return <QueryError error={incoming.error} />;
  if (outgoing.isError) return <QueryError error={outgoing.error} />;
  return (
    <>
      <PageHeader title={t('requests.title')} description={t('requests.description')} />
      <section aria-labelledby="requests-incoming" className="space-y-3">
        <h2 id="requests-incoming" className="text-base font-semibold text-slate-900">
          {t('requests.incoming')}
        </h2>
        {incoming.data.length === 0 ? (
          <EmptyState title={t('requests.noneIncoming')} />
        ) : (
          incoming.data.map((request) => <AnswerForm key={request.id} request={request} />)
        )}
      </section>
      <section aria-labelledby="requests-outgoing" className="mt-8 space-y-3">
        <h2 id="requests-outgoing" className="text-base font-semibold text-slate-900">
          {t('requests.outgoing')}
        </h2>
        {outgoing.data.length === 0 ? (
          <EmptyState title={t('requests.noneOutgoing')}>
            <Link to="/skills" className="text-teal-700 hover:underline">
              {t('requests.toMySkills')}
            </Link>
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
            {outgoing.data.map((request) => (
              <li
                key={request.id}
                className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm"
              >
                <span>
                  {t('requests.askedOf', { name: request.rater.displayName })} ·{' '}
                  {request.skills.map((s) => name(s.name)).join(', ')}
                </span>
                <span className="flex items-center gap-2 text-slate-600">
                  {format.date(request.createdAt)}
                  <Badge
                    tone={
                      request.status === 'done' ? 'green' : request.status === 'open' ? 'blue' : 'neutral'
                    }
                  >
                    {t(`requests.status.${request.status}`)}
                  </Badge>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The home page block: rating requests waiting for me. */
