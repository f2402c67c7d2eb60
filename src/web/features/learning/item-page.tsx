import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Form, FormError, SubmitButton, TextAreaField, useZodForm } from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { Cmi5UnitList } from '../cmi5/index.ts';
import { WorkshopSignUp } from '../events/index.ts';
import { ColleaguesLearned } from '../knowledge/index.ts';
import { LtiLaunchCard } from '../lti/index.ts';
import { ScormPlayer } from '../scorm/index.ts';
import { Celebration } from './celebration.tsx';
import { backLink, PlayerNav, PlayerOutline } from './course-player.tsx';
import { EnrolmentAgreement } from './enrolment-agreement.tsx';
import { FormatIcon } from './entry-card.tsx';
import { FinishMoment } from './finish-moment.tsx';
import {
  type Finished,
  type PlayerItem,
  useMarkDone,
  usePlayerItem,
  useRefreshItem,
  useSubmitReflection,
} from './learning-api.ts';
import { LockNotice } from './lock-notice.tsx';
import { MediaPlayer } from './media-player.tsx';
import { type Sequence, useSequence } from './player-sequence.ts';
import { QuizPlayer } from './quiz-player.tsx';
import { RatingForm } from './rating-form.tsx';
import { ServesChips } from './serves-chips.tsx';

// Tailwind has no typography plugin here: a few rules for the sanitised article HTML.
const richText =
  'max-w-none text-slate-800 [&_a]:text-teal-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:pl-4 [&_h2]:mt-4 [&_h2]:mb-2 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-3 [&_h3]:mb-1 [&_h3]:font-semibold [&_li]:mb-1 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:mb-3 [&_ul]:list-disc [&_ul]:pl-6';

function MarkDone({ item, onFinished }: { item: PlayerItem; onFinished: (finished: Finished) => void }) {
  const { t } = useTranslation('learning');
  const done = useMarkDone(item.id);
  if (item.progress?.completedAt) return <Badge tone="green">{t('status.completed')}</Badge>;
  return (
    <div>
      <Button
        isBusy={done.isPending}
        onClick={() => done.mutate(undefined, { onSuccess: (result) => onFinished(result.finished) })}
      >
        {t('player.markDone')}
      </Button>
      <FormErrorRegion error={done.error} />
    </div>
  );
}

// The API's submission: a reflection of at most 10000 characters.
const reflectionSchema = z.object({ reflection: z.string().trim().min(1).max(10_000) });

function Reflection({ item }: { item: PlayerItem }) {
  const { t } = useTranslation('learning');
  const form = useZodForm(reflectionSchema, {
    defaultValues: { reflection: item.submission?.reflection ?? '' },
  });
  const text = useWatch({ control: form.control, name: 'reflection' });
  const submit = useSubmitReflection(item.id);
  if (item.submission?.confirmedAt) return <Badge tone="green">{t('assignment.confirmed')}</Badge>;
  return (
    <Form form={form} onSubmit={({ reflection }) => submit.mutateAsync(reflection)} className="space-y-3">
      <TextAreaField name="reflection" label={t('assignment.reflection')} rows={6} />
      {item.submission && <p className="text-sm text-slate-600">{t('assignment.waiting')}</p>}
      <FormError />
      <SubmitButton isDisabled={!text.trim()}>{t('assignment.submit')}</SubmitButton>
    </Form>
  );
}

/** An event is signed up for on its workshop page, not played. */
/** A workshop in the catalogue: its sessions, to sign up right here. */
function WorkshopLink({ id }: { id: string }) {
  return <WorkshopSignUp eventId={id} />;
}

function Body({
  item,
  onFinished,
  onChanged,
}: {
  item: PlayerItem;
  onFinished: (finished: Finished) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation('learning');
  switch (item.kind) {
    case 'event':
      return <WorkshopLink id={item.id} />;
    case 'cmi5':
      return <Cmi5UnitList contentId={item.id} />;
    case 'lti':
      return <LtiLaunchCard contentId={item.id} />;
    case 'scorm':
      return <ScormPlayer contentId={item.id} onFinished={onFinished} onChanged={onChanged} />;
    case 'video':
    case 'audio':
      return <MediaPlayer item={item} onFinished={onFinished} />;
    case 'document':
      return (
        <div className="space-y-3">
          {item.fileUrl && (
            <object
              data={item.fileUrl}
              type="application/pdf"
              className="h-[70vh] w-full rounded-lg border"
              aria-label={item.title}
            >
              <a href={item.fileUrl}>{t('player.openPdf')}</a>
            </object>
          )}
          <MarkDone item={item} onFinished={onFinished} />
        </div>
      );
    case 'link':
      return (
        <div className="space-y-3">
          {item.externalUrl && (
            <a
              href={item.externalUrl}
              target="_blank"
              rel="noopener noreferrer"
              className="font-medium text-teal-700 underline"
            >
              {t('player.openLink')} <span aria-hidden="true">↗</span>
            </a>
          )}
          <p className="text-sm text-slate-600">{t('player.linkHint')}</p>
          <MarkDone item={item} onFinished={onFinished} />
        </div>
      );
    case 'quiz':
      return <QuizPlayer item={item} onFinished={onFinished} />;
    case 'assignment':
      return (
        <div className="space-y-4">
          {/* Sanitised on the server with an allow-list: no script can be stored. */}
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server with an allow-list */}
          <div className={richText} dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
          <Reflection item={item} />
        </div>
      );
    default:
      return (
        <div className="space-y-4">
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server with an allow-list */}
          <article className={richText} dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
          <MarkDone item={item} onFinished={onFinished} />
        </div>
      );
  }
}

function ProgressCard({ item }: { item: PlayerItem }) {
  const { t } = useTranslation('learning');
  return (
    <Card title={t('player.progress')} titleId="item-progress">
      <ProgressBar percent={item.progress?.percent ?? 0} label={t('player.progress')} />
      <p className="mt-2 text-sm text-slate-600">
        {item.progress?.completedAt
          ? t('status.completed')
          : t('percent', { value: item.progress?.percent ?? 0 })}
      </p>
    </Card>
  );
}

function Crumbs({ item, sequence }: { item: PlayerItem; sequence: Sequence | null }) {
  const { t } = useTranslation('learning');
  return (
    <span className="flex flex-wrap items-center gap-2">
      {sequence ? (
        <Link {...backLink(sequence)} className="hover:underline">
          <span aria-hidden="true">← </span>
          {t(sequence.type === 'course' ? 'player.backToCourse' : 'player.backToPath')}: {sequence.title}
        </Link>
      ) : (
        <Link to="/learning/catalogue" search={{}} className="hover:underline">
          {t('catalogue.title')}
        </Link>
      )}
      <span aria-hidden="true">›</span>
      <FormatIcon format={item.kind} /> {t(`formats.${item.kind}`)}
      {item.durationMinutes ? ` · ${t('minutes', { count: item.durationMinutes })}` : ''}
    </span>
  );
}

export function ItemPage() {
  const { id } = useParams({ from: '/_app/learning/items/$id' });
  const from = useSearch({ from: '/_app/learning/items/$id' });
  const item = usePlayerItem(id);
  const { sequence } = useSequence(from);
  const refresh = useRefreshItem(id);
  const [finished, setFinished] = useState<{ id: string; result: Finished } | null>(null);
  const onFinished = useCallback((result: Finished) => setFinished({ id, result }), [id]);
  if (item.isPending) return <Loading />;
  if (item.isError) return <QueryError error={item.error} />;
  const data = item.data;
  // A finish belongs to the item it happened on; moving on with "next" starts afresh.
  const result = finished?.id === id ? finished.result : null;
  const finishedHere =
    sequence && result && [...result.courses, ...result.paths].some((done) => done.id === sequence.id);
  const body = (
    <Card>
      {data.lock ? (
        <LockNotice lock={data.lock} />
      ) : (
        <Body item={data} onFinished={onFinished} onChanged={refresh} />
      )}
      {sequence && (
        <PlayerNav sequence={sequence} currentId={data.id} isDone={!!data.progress?.completedAt} />
      )}
    </Card>
  );
  return (
    <>
      <PageHeader
        eyebrow={<Crumbs item={data} sequence={sequence} />}
        title={data.title}
        description={data.summary}
      />
      <div className="mb-4">
        <ServesChips serves={data.serves} />
      </div>
      {finishedHere && sequence ? (
        <div className="mb-4">
          <FinishMoment
            sequence={sequence}
            certificateId={result?.certificates[0]?.id ?? sequence.certificateId}
          />
        </div>
      ) : (
        <Celebration finished={result} />
      )}
      {sequence ? (
        <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
          <PlayerOutline sequence={sequence} currentId={data.id} />
          <div className="min-w-0 space-y-4">
            {body}
            {data.enrolment && <EnrolmentAgreement enrolment={data.enrolment} />}
            {data.status === 'published' && (
              <RatingForm subject={{ type: 'content', id: data.id }} current={data.myRating} />
            )}
          </div>
        </div>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
          {body}
          <div className="space-y-4">
            <ProgressCard item={data} />
            {data.enrolment && <EnrolmentAgreement enrolment={data.enrolment} />}
            {data.status === 'published' && (
              <RatingForm subject={{ type: 'content', id: data.id }} current={data.myRating} />
            )}
          </div>
        </div>
      )}
      {data.status === 'published' && (
        <div className="mt-6">
          <ColleaguesLearned
            item={{ id: data.id, title: data.title, isCompleted: Boolean(data.progress?.completedAt) }}
          />
        </div>
      )}
    </>
  );
}
