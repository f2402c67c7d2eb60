import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { PersonPickerField } from '../../components/form/person-picker-field.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { BadgeHolders } from './badge-holders.tsx';
import { type Badge, badgesQuery, useAwardBadge, useCreateBadge } from './queries.ts';

const criteriaKinds = [
  'path_completed',
  'skill_applied',
  'helped_colleagues',
  'event_attended',
  'manual',
] as const satisfies Badge['criteriaKind'][];

// The API's badgeInput. The image is uploaded first and sent as its file id, so the picked file
// lives under that name: the server's error about it lands on the file field.
const badgeFormSchema = z.object({
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().min(1).max(1000),
  criteriaNarrative: z.string().trim().min(1).max(2000),
  criteriaKind: z.enum(criteriaKinds),
  criteriaSubjectId: z.string().trim(),
  criteriaCount: z.number().int().min(1).max(100).nullable(),
  imageFileId: z.custom<FileList | null>().optional(),
});

function NewBadgeForm() {
  const { t } = useTranslation('recognition');
  const create = useCreateBadge();
  const form = useZodForm(badgeFormSchema, {
    defaultValues: {
      name: '',
      description: '',
      criteriaNarrative: '',
      criteriaKind: 'path_completed',
      criteriaSubjectId: '',
      criteriaCount: 1,
    },
  });
  const criteriaKind = form.watch('criteriaKind');
  return (
    <Form
      form={form}
      onSubmit={({ imageFileId: files, ...badge }) =>
        create.mutateAsync({
          ...badge,
          criteriaSubjectId: badge.criteriaSubjectId || null,
          criteriaCount: badge.criteriaCount ?? 1,
          image: files?.[0] ?? null,
        })
      }
    >
      <TextField name="name" label={t('badges.name')} required />
      <TextAreaField name="description" label={t('badges.description')} required />
      <TextAreaField
        name="criteriaNarrative"
        label={t('badges.narrative')}
        hint={t('badges.narrativeHint')}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="criteriaKind" label={t('badges.criteria')}>
          {criteriaKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`badges.kind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField name="criteriaCount" label={t('badges.count')} type="number" min={1} max={100} />
      </div>
      {(criteriaKind === 'path_completed' || criteriaKind === 'event_attended') && (
        <TextField name="criteriaSubjectId" label={t('badges.subject')} hint={t('badges.subjectHint')} />
      )}
      <TextField
        name="imageFileId"
        label={t('badges.image')}
        hint={t('badges.imageHint')}
        type="file"
        accept="image/png,image/jpeg"
      />
      <FormError />
      <SubmitButton>{t('badges.create')}</SubmitButton>
      {create.isSuccess && (
        <p role="status" className="text-sm text-teal-800">
          {t('badges.created')}
        </p>
      )}
    </Form>
  );
}

// The API's awardBody.
const awardSchema = z.object({
  personId: z.string().min(1),
  reason: z.string().trim().min(1).max(500),
});

function AwardForm({ badge }: { badge: Badge }) {
  const { t } = useTranslation('recognition');
  const award = useAwardBadge();
  const form = useZodForm(awardSchema, { defaultValues: { personId: '', reason: '' } });
  return (
    <Form
      form={form}
      className="mt-3 space-y-3"
      onSubmit={(values) => award.mutateAsync({ badgeId: badge.id, ...values })}
    >
      <PersonPickerField name="personId" label={t('badges.awardTo')} />
      <TextField name="reason" label={t('badges.reason')} required />
      <FormError />
      <SubmitButton variant="secondary">{t('badges.award')}</SubmitButton>
    </Form>
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
            <BadgeHolders badge={badge} />
          </Card>
        ))}
      </div>
      <Card title={t('badges.new')} titleId="badge-new">
        <NewBadgeForm />
      </Card>
    </div>
  );
}
