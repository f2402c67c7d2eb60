import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { type CoachTip, coachTipsQuery, useRemoveCoachTip, useSaveCoachTip } from './coach-queries.ts';
import { MessageLanguages } from './message-languages.tsx';
import { settingsQuery } from './queries.ts';

const moments = ['before_conversation', 'member_finished', 'team_quiet', 'during_campaign'] as const;

const tipSchema = z.object({
  moment: z.enum(moments),
  titleNl: z.string().trim().min(1, 'required').max(200),
  bodyNl: z.string().trim().max(2000),
  titleEn: z.string().trim().min(1, 'required').max(200),
  bodyEn: z.string().trim().max(2000),
  translations: z.array(z.object({ language: z.string(), title: z.string(), body: z.string() })),
});

function TipDialog({ tip, onClose }: { tip: CoachTip | null; onClose: () => void }) {
  const { t } = useTranslation('campaigns');
  const save = useSaveCoachTip();
  const form = useZodForm(tipSchema, {
    defaultValues: tip
      ? {
          moment: tip.moment,
          titleNl: tip.titleNl,
          bodyNl: tip.bodyNl,
          titleEn: tip.titleEn,
          bodyEn: tip.bodyEn,
          translations: tip.translations.map(({ language, title, body }) => ({ language, title, body })),
        }
      : {
          moment: 'before_conversation',
          titleNl: '',
          bodyNl: '',
          titleEn: '',
          bodyEn: '',
          translations: [],
        },
  });
  const contentLanguages = useQuery(settingsQuery()).data?.contentLanguages ?? [];
  const translations = useWatch({ control: form.control, name: 'translations' });
  return (
    <Dialog
      isOpen
      onOpenChange={(open) => !open && onClose()}
      title={tip ? t('coach.edit') : t('coach.add')}
      isWide
    >
      <Form
        form={form}
        onSubmit={async (values) => {
          await save.mutateAsync({ id: tip?.id, body: values });
          onClose();
        }}
      >
        <FormError />
        <SelectField name="moment" label={t('coach.moment')}>
          {moments.map((moment) => (
            <option key={moment} value={moment}>
              {t(`coach.moments.${moment}`)}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-3 md:grid-cols-2">
          <TextField name="titleNl" label={t('coach.titleNl')} />
          <TextField name="titleEn" label={t('coach.titleEn')} />
          <TextAreaField name="bodyNl" label={t('coach.bodyNl')} />
          <TextAreaField name="bodyEn" label={t('coach.bodyEn')} />
          <MessageLanguages
            languages={contentLanguages}
            translations={translations}
            field="translations"
            errors={{}}
            hint={t('coach.otherLanguagesHint')}
            onChange={(next) =>
              form.setValue(
                'translations',
                next.map(({ language, title, body }) => ({ language, title, body: body ?? '' })),
                { shouldDirty: true },
              )
            }
          />
        </div>
        <SubmitButton>{t('coach.save')}</SubmitButton>
      </Form>
    </Dialog>
  );
}

/** L&D and coaches: the tips managers see per moment; Groeipad's own are shown, the organisation adds its own. */
export function CoachTipsPage() {
  const { t, i18n } = useTranslation('campaigns');
  const tips = useQuery(coachTipsQuery());
  const remove = useRemoveCoachTip();
  const [editing, setEditing] = useState<CoachTip | 'new' | null>(null);
  if (tips.isPending) return <Loading />;
  if (tips.isError) return <QueryError error={tips.error} />;
  const en = i18n.language === 'en';
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('coach.libraryTitle')}
        description={t('coach.libraryIntro')}
        actions={<Button onClick={() => setEditing('new')}>{t('coach.add')}</Button>}
      />
      <FormErrorRegion error={remove.error} />
      {moments.map((moment) => (
        <section key={moment} aria-labelledby={`tips-${moment}`} className="space-y-2">
          <h2 id={`tips-${moment}`} className="text-base font-semibold text-slate-900">
            {t(`coach.moments.${moment}`)}
          </h2>
          <ul className="space-y-2">
            {tips.data
              .filter((tip) => tip.moment === moment)
              .map((tip) => (
                <li
                  key={tip.id}
                  className="flex flex-wrap items-start justify-between gap-2 rounded-xl border border-slate-200 bg-white p-3"
                >
                  <div className="max-w-2xl">
                    <p className="font-medium text-slate-900">{en ? tip.titleEn : tip.titleNl}</p>
                    <p className="text-sm text-slate-700">{en ? tip.bodyEn : tip.bodyNl}</p>
                  </div>
                  {tip.shipped ? (
                    <Badge tone="neutral">{t('coach.shipped')}</Badge>
                  ) : (
                    <div className="flex gap-2">
                      <Button variant="secondary" onClick={() => setEditing(tip)}>
                        {t('coach.edit')}
                      </Button>
                      <Button variant="ghost" onClick={() => remove.mutate(tip.id)}>
                        {t('coach.remove')}
                      </Button>
                    </div>
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
      {editing && <TipDialog tip={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
