import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { boxes, boxKey, NineBox } from './nine-box.tsx';
import {
  pathsQuery,
  type Round,
  roundQuery,
  useAssignPath,
  useMove,
  useOpenDraft,
  useReopen,
  useSignOff,
} from './queries.ts';
import { QuestionsEditor } from './questions-editor.tsx';

/** Calibration: the group's nine-box, moving people with a reason, sign-off, export and outcomes. */
export function RoundPage() {
  const { id } = useParams({ from: '/_app/talent/rounds/$id' });
  const { t } = useTranslation('talent');
  const round = useQuery(roundQuery(id));
  const [dropped, setDropped] = useState<Dropped>(null);
  if (round.isPending) return <Loading />;
  if (round.isError) return <QueryError error={round.error} />;
  const data = round.data;
  const unplaced = data.grid.filter((entry) => entry.performance === null);
  const canMove = Boolean(data.openedAt && !data.signedOffAt);
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/talent" className="underline">
            {t('title')}
          </Link>
        }
        title={data.title}
        description={t('round.summary', { people: data.people, submitted: data.submitted })}
        actions={
          data.signedOffAt ? (
            <Badge tone="green">{t('round.signedOff')}</Badge>
          ) : data.openedAt ? (
            <Badge>{t('round.open')}</Badge>
          ) : (
            <Badge tone="blue">{t('round.draft')}</Badge>
          )
        }
      />
      {!data.openedAt && data.canManage && (
        <div className="mb-6 grid gap-6 lg:grid-cols-[2fr_1fr]">
          <QuestionsEditor round={data} />
          <OpenDraftCard round={data} />
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card title={t('grid.title')} titleId="talent-grid">
          <NineBox
            grid={data.grid}
            onDropPerson={canMove ? (reviewId, box) => setDropped({ reviewId, box }) : undefined}
          />
          {unplaced.length > 0 && (
            <div className="mt-4">
              <h3 className="text-sm font-semibold">{t('grid.unplaced', { count: unplaced.length })}</h3>
              <ul className="mt-1 flex flex-wrap gap-3 text-sm">
                {unplaced.map((entry) => (
                  <li key={entry.reviewId}>
                    <Link to="/talent/reviews/$id" params={{ id: entry.reviewId }} className="underline">
                      {entry.name}
                    </Link>{' '}
                    <span className="text-slate-600">({entry.reviewerName ?? 'HR'})</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Card>
        <div className="space-y-6">
          {canMove && <MoveForm round={data} dropped={dropped} />}
          {data.openedAt && data.canManage && <ManageCard round={data} />}
        </div>
      </div>
    </>
  );
}

/** A draft waits with HR; opening shows it to the reviewers and fixes the questions. */
function OpenDraftCard({ round }: { round: Round }) {
  const { t } = useTranslation('talent');
  const open = useOpenDraft(round.id);
  return (
    <Card title={t('draft.title')} titleId="talent-draft">
      <div className="space-y-3">
        <p className="text-sm text-slate-700">{t('draft.hint')}</p>
        <FormErrorRegion error={open.error} />
        <Button isBusy={open.isPending} onClick={() => open.mutate(undefined)}>
          {t('draft.open')}
        </Button>
      </div>
    </Card>
  );
}

type Dropped = { reviewId: string; box: string } | null;

function MoveForm({ round, dropped }: { round: Round; dropped: Dropped }) {
  const { t } = useTranslation('talent');
  const move = useMove();
  const [reviewId, setReviewId] = useState('');
  const [box, setBox] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState('');
  // A person dragged onto a box fills in who and where; the reason is asked for next.
  useEffect(() => {
    if (!dropped) return;
    setReviewId(dropped.reviewId);
    setBox(dropped.box);
    setDone('');
    document.querySelector<HTMLInputElement>('input[name="talent-move-reason"]')?.focus();
  }, [dropped]);
  const placed = round.grid.filter((entry) => entry.performance !== null);
  const target = boxes.find((b) => boxKey(b) === box);
  return (
    <Card title={t('move.title')} titleId="talent-move">
      <form
        className="space-y-3"
        aria-label={t('move.title')}
        onSubmit={async (event) => {
          event.preventDefault();
          if (!target) return;
          await move.mutateAsync({ id: reviewId, ...target, reason });
          const name = round.grid.find((entry) => entry.reviewId === reviewId)?.name ?? '';
          setDone(t('move.done', { name, box: t(`box.${box}`) }));
          setReason('');
        }}
      >
        <SelectField
          label={t('move.person')}
          value={reviewId}
          onChange={(e) => setReviewId(e.target.value)}
          required
        >
          <option value="">{t('move.choose')}</option>
          {placed.map((entry) => (
            <option key={entry.reviewId} value={entry.reviewId}>
              {entry.name} —{' '}
              {t(`box.${boxKey({ performance: entry.performance!, potential: entry.potential! })}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('move.to')} value={box} onChange={(e) => setBox(e.target.value)} required>
          <option value="">{t('move.choose')}</option>
          {boxes.map((b) => (
            <option key={boxKey(b)} value={boxKey(b)}>
              {t(`box.${boxKey(b)}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('move.reason')}
          hint={t('move.reasonHint')}
          name="talent-move-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          maxLength={1000}
        />
        <FormErrorRegion error={move.error} />
        <Button type="submit" isBusy={move.isPending} disabled={!reviewId || !box || !reason.trim()}>
          {t('move.submit')}
        </Button>
        <p role="status" className="text-sm text-emerald-800">
          {done}
        </p>
      </form>
    </Card>
  );
}

function ManageCard({ round }: { round: Round }) {
  const { t } = useTranslation('talent');
  const signOff = useSignOff(round.id);
  const reopen = useReopen(round.id);
  const assign = useAssignPath(round.id);
  const paths = useQuery({ ...pathsQuery(), enabled: Boolean(round.signedOffAt) });
  const [pathId, setPathId] = useState('');
  const [box, setBox] = useState('p3-q3');
  const [assigned, setAssigned] = useState<number | null>(null);
  return (
    <Card title={t('manage.title')} titleId="talent-manage">
      <div className="space-y-4">
        {round.signedOffAt ? (
          <>
            <p className="text-sm text-slate-700">{t('manage.lockedHint')}</p>
            <Button
              variant="secondary"
              isBusy={reopen.isPending}
              onClick={() => reopen.mutate(t('manage.reopenReason'))}
            >
              {t('manage.reopen')}
            </Button>
          </>
        ) : (
          <>
            <p className="text-sm text-slate-700">{t('manage.signOffHint')}</p>
            <Button isBusy={signOff.isPending} onClick={() => signOff.mutate(undefined)}>
              {t('manage.signOff')}
            </Button>
          </>
        )}
        <FormErrorRegion error={signOff.error ?? reopen.error} />
        <p className="flex gap-3 text-sm">
          <a className="underline" href={`/api/v1/talent/rounds/${round.id}/export?format=xlsx`}>
            {t('manage.exportXlsx')}
          </a>
          <a className="underline" href={`/api/v1/talent/rounds/${round.id}/export?format=csv`}>
            {t('manage.exportCsv')}
          </a>
        </p>
        {round.signedOffAt && (
          <form
            className="space-y-3 border-t pt-3"
            aria-label={t('assign.title')}
            onSubmit={async (event) => {
              event.preventDefault();
              const target = boxes.find((b) => boxKey(b) === box)!;
              setAssigned((await assign.mutateAsync({ boxes: [target], pathId })).assigned);
            }}
          >
            <h3 className="text-sm font-semibold">{t('assign.title')}</h3>
            <SelectField label={t('assign.box')} value={box} onChange={(e) => setBox(e.target.value)}>
              {boxes.map((b) => (
                <option key={boxKey(b)} value={boxKey(b)}>
                  {t(`box.${boxKey(b)}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('assign.path')}
              value={pathId}
              onChange={(e) => setPathId(e.target.value)}
              required
            >
              <option value="">{t('move.choose')}</option>
              {(paths.data ?? []).map((path) => (
                <option key={path.id} value={path.id}>
                  {path.title}
                </option>
              ))}
            </SelectField>
            <FormErrorRegion error={assign.error} />
            <Button type="submit" variant="secondary" isBusy={assign.isPending} disabled={!pathId}>
              {t('assign.submit')}
            </Button>
            <p role="status" className="text-sm text-emerald-800">
              {assigned === null ? '' : t('assign.done', { count: assigned })}
            </p>
          </form>
        )}
      </div>
    </Card>
  );
}
