import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import {
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

// Who moves to which box, and why (at most 1000 characters; the calibration keeps the reason).
const moveSchema = z.object({
  reviewId: z.string().min(1),
  box: z.string().min(1),
  reason: z.string().trim().min(1).max(1000),
});

function MoveForm({ round, dropped }: { round: Round; dropped: Dropped }) {
  const { t } = useTranslation('talent');
  const move = useMove();
  const form = useZodForm(moveSchema, { defaultValues: { reviewId: '', box: '', reason: '' } });
  const [reviewId, box, reason] = useWatch({ control: form.control, name: ['reviewId', 'box', 'reason'] });
  const [done, setDone] = useState('');
  // A person dragged onto a box fills in who and where; the reason is asked for next.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new drop fills the form
  useEffect(() => {
    if (!dropped) return;
    form.setValue('reviewId', dropped.reviewId);
    form.setValue('box', dropped.box);
    setDone('');
    form.setFocus('reason');
  }, [dropped]);
  const placed = round.grid.filter((entry) => entry.performance !== null);
  return (
    <Card title={t('move.title')} titleId="talent-move">
      <Form
        form={form}
        aria-label={t('move.title')}
        onSubmit={async (values) => {
          const target = boxes.find((b) => boxKey(b) === values.box);
          if (!target) return;
          await move.mutateAsync({ id: values.reviewId, ...target, reason: values.reason });
          const name = round.grid.find((entry) => entry.reviewId === values.reviewId)?.name ?? '';
          setDone(t('move.done', { name, box: t(`box.${values.box}`) }));
          form.setValue('reason', '');
        }}
        className="space-y-3"
      >
        <SelectField name="reviewId" label={t('move.person')} required>
          <option value="">{t('move.choose')}</option>
          {placed.map((entry) => (
            <option key={entry.reviewId} value={entry.reviewId}>
              {entry.name} —{' '}
              {t(`box.${boxKey({ performance: entry.performance!, potential: entry.potential! })}`)}
            </option>
          ))}
        </SelectField>
        <SelectField name="box" label={t('move.to')} required>
          <option value="">{t('move.choose')}</option>
          {boxes.map((b) => (
            <option key={boxKey(b)} value={boxKey(b)}>
              {t(`box.${boxKey(b)}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          name="reason"
          label={t('move.reason')}
          hint={t('move.reasonHint')}
          required
          maxLength={1000}
        />
        <FormError />
        <SubmitButton isDisabled={!reviewId || !box || !reason.trim()}>{t('move.submit')}</SubmitButton>
        <p role="status" className="text-sm text-emerald-800">
          {done}
        </p>
      </Form>
    </Card>
  );
}

// Which box's people get which learning path.
const assignSchema = z.object({ box: z.string().min(1), pathId: z.string().min(1) });

function ManageCard({ round }: { round: Round }) {
  const { t } = useTranslation('talent');
  const signOff = useSignOff(round.id);
  const reopen = useReopen(round.id);
  const assign = useAssignPath(round.id);
  const paths = useQuery({ ...pathsQuery(), enabled: Boolean(round.signedOffAt) });
  const form = useZodForm(assignSchema, { defaultValues: { box: 'p3-q3', pathId: '' } });
  const pathId = useWatch({ control: form.control, name: 'pathId' });
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
          <Form
            form={form}
            aria-label={t('assign.title')}
            onSubmit={async (values) => {
              const target = boxes.find((b) => boxKey(b) === values.box)!;
              setAssigned((await assign.mutateAsync({ boxes: [target], pathId: values.pathId })).assigned);
            }}
            className="space-y-3 border-t pt-3"
          >
            <h3 className="text-sm font-semibold">{t('assign.title')}</h3>
            <SelectField name="box" label={t('assign.box')}>
              {boxes.map((b) => (
                <option key={boxKey(b)} value={boxKey(b)}>
                  {t(`box.${boxKey(b)}`)}
                </option>
              ))}
            </SelectField>
            <SelectField name="pathId" label={t('assign.path')} required>
              <option value="">{t('move.choose')}</option>
              {(paths.data ?? []).map((path) => (
                <option key={path.id} value={path.id}>
                  {path.title}
                </option>
              ))}
            </SelectField>
            <FormError />
            <SubmitButton variant="secondary" isDisabled={!pathId}>
              {t('assign.submit')}
            </SubmitButton>
            <p role="status" className="text-sm text-emerald-800">
              {assigned === null ? '' : t('assign.done', { count: assigned })}
            </p>
          </Form>
        )}
      </div>
    </Card>
  );
}
