import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { PersonPicker } from '../../components/person-picker.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { type Badge, badgesQuery, useAwardBadge, useCreateBadge } from './queries.ts';

const criteriaKinds: Badge['criteriaKind'][] = [
  'path_completed',
  'skill_applied',
  'helped_colleagues',
  'event_attended',
  'manual',
];

function NewBadgeForm() {
  const { t } = useTranslation('recognition');
  const create = useCreateBadge();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [criteriaNarrative, setNarrative] = useState('');
  const [criteriaKind, setKind] = useState<Badge['criteriaKind']>('path_completed');
  const [criteriaSubjectId, setSubject] = useState('');
  const [criteriaCount, setCount] = useState('1');
  const [image, setImage] = useState<File | null>(null);
  const errors = fieldErrorsOf(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      name,
      description,
      criteriaNarrative,
      criteriaKind,
      criteriaSubjectId: criteriaSubjectId.trim() || null,
      criteriaCount: Number(criteriaCount) || 1,
      image,
    });
  };
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <TextField
        label={t('badges.name')}
        required
        value={name}
        error={errors.name}
        onChange={(e) => setName(e.target.value)}
      />
      <TextArea
        label={t('badges.description')}
        required
        value={description}
        error={errors.description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <TextArea
        label={t('badges.narrative')}
        hint={t('badges.narrativeHint')}
        required
        value={criteriaNarrative}
        error={errors.criteriaNarrative}
        onChange={(e) => setNarrative(e.target.value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('badges.criteria')}
          value={criteriaKind}
          onChange={(e) => setKind(e.target.value as Badge['criteriaKind'])}
        >
          {criteriaKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`badges.kind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('badges.count')}
          type="number"
          min={1}
          max={100}
          value={criteriaCount}
          error={errors.criteriaCount}
          onChange={(e) => setCount(e.target.value)}
        />
      </div>
      {(criteriaKind === 'path_completed' || criteriaKind === 'event_attended') && (
        <TextField
          label={t('badges.subject')}
          hint={t('badges.subjectHint')}
          value={criteriaSubjectId}
          error={errors.criteriaSubjectId}
          onChange={(e) => setSubject(e.target.value)}
        />
      )}
      <TextField
        label={t('badges.image')}
        hint={t('badges.imageHint')}
        type="file"
        accept="image/png,image/jpeg"
        error={errors.imageFileId}
        onChange={(e) => setImage(e.target.files?.[0] ?? null)}
      />
      <FormErrorRegion
        error={create.error}
        shownFields={[
          'name',
          'description',
          'criteriaNarrative',
          'criteriaCount',
          'criteriaSubjectId',
          'imageFileId',
        ]}
      />
      <Button type="submit" isBusy={create.isPending}>
        {t('badges.create')}
      </Button>
      {create.isSuccess && (
        <p role="status" className="text-sm text-teal-800">
          {t('badges.created')}
        </p>
      )}
    </form>
  );
}

function AwardForm({ badge }: { badge: Badge }) {
  const { t } = useTranslation('recognition');
  const award = useAwardBadge();
  const [personId, setPersonId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const errors = fieldErrorsOf(award.error);
  return (
    <form
      className="mt-3 space-y-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        award.mutate({ badgeId: badge.id, personId: personId ?? '', reason });
      }}
    >
      <PersonPicker
        label={t('badges.awardTo')}
        value={personId}
        error={errors.personId}
        onChange={setPersonId}
      />
      <TextField
        label={t('badges.reason')}
        required
        value={reason}
        error={errors.reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <FormErrorRegion error={award.error} shownFields={['personId', 'reason']} />
      <Button type="submit" variant="secondary" isBusy={award.isPending}>
        {t('badges.award')}
      </Button>
    </form>
  );
}

/** L&D: the badges, how they are earned, how many have them; define new ones; award by hand. */
export function BadgesAdminPage() {
  const { t } = useTranslation('recognition');
  const badges = useQuery(badgesQuery());
  if (badges.isPending) return <Loading />;
  if (badges.isError) return <QueryError error={badges.error} />;
  return (
    <div className="space-y-6">
      <PageHeader title={t('badges.title')} description={t('badges.intro')} />
      {badges.data.length === 0 && <EmptyState title={t('badges.empty')} />}
      <div className="grid gap-4 md:grid-cols-2">
        {badges.data.map((badge) => (
          <Card key={badge.id} title={badge.name} titleId={`badge-${badge.id}`}>
            <div className="flex gap-3">
              {badge.imageUrl ? (
                <img src={badge.imageUrl} alt="" className="size-14 rounded-full object-cover" />
              ) : (
                <span
                  aria-hidden="true"
                  className="flex size-14 items-center justify-center rounded-full bg-amber-100 text-2xl"
                >
                  ★
                </span>
              )}
              <div className="min-w-0 text-sm">
                <p className="text-slate-800">{badge.description}</p>
                <p className="mt-1 text-slate-600">{badge.criteriaNarrative}</p>
                <p className="mt-1 text-xs text-slate-600">
                  {t(`badges.kind.${badge.criteriaKind}`)}
                  {badge.criteriaSubject && `: ${badge.criteriaSubject.title}`} ·{' '}
                  {t('badges.awarded', { count: badge.awardedCount })}
                </p>
              </div>
            </div>
            {!badge.isArchived && <AwardForm badge={badge} />}
          </Card>
        ))}
      </div>
      <Card title={t('badges.new')} titleId="badge-new">
        <NewBadgeForm />
      </Card>
    </div>
  );
}
