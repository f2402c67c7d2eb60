import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { useDevelopmentMutation } from './development-api.ts';
import { type DevelopedSkill, type Serves, ServesPicker, SkillPicker } from './serves-picker.tsx';

/** A new goal: in my own words, what it serves, how I know I got there. */
export function GoalForm({ planId, onDone }: { planId: string; onDone: () => void }) {
  const { t } = useTranslation('development');
  const [title, setTitle] = useState('');
  const [why, setWhy] = useState('');
  const [serves, setServes] = useState<Serves>({ kind: null, id: null, targetLevel: null });
  const [servesLabel, setServesLabel] = useState('');
  const [skill, setSkill] = useState<DevelopedSkill>({ id: null, targetLevel: null });
  // A goal that serves a skill develops that skill; a second skill picker would say it twice.
  const developed = serves.kind === 'skill' ? { id: null, targetLevel: null } : skill;
  const [successMeasure, setSuccessMeasure] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const add = useDevelopmentMutation(() =>
    unwrap(
      api.POST('/api/v1/plans/{id}/goals', {
        params: { path: { id: planId } },
        body: {
          title,
          why: why || null,
          servesKind: serves.kind,
          servesId: serves.id,
          targetLevel: serves.targetLevel,
          skillId: developed.id,
          skillTargetLevel: developed.targetLevel,
          servesLabel: serves.id ? null : servesLabel || null,
          successMeasure: successMeasure || null,
          targetDate: targetDate || null,
        },
      }),
    ),
  );
  const errors = fieldErrorsOf(add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(undefined, { onSuccess: onDone });
  };
  return (
    <form
      onSubmit={submit}
      className="space-y-4 rounded-xl border border-teal-200 bg-teal-50/40 p-5"
      noValidate
    >
      <h3 className="text-base font-semibold text-slate-900">{t('goal.new')}</h3>
      <FormErrorRegion error={add.error} shownFields={['title', 'servesId']} />
      <TextField
        label={t('goal.title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
        required
      />
      <TextArea
        label={t('goal.why')}
        hint={t('goal.whyHint')}
        value={why}
        onChange={(e) => setWhy(e.target.value)}
      />
      <ServesPicker value={serves} onChange={setServes} error={errors.servesId} />
      {serves.kind !== 'skill' && <SkillPicker value={skill} onChange={setSkill} />}
      {!serves.id && (
        <TextField
          label={t('goal.servesLabel')}
          hint={t('goal.servesLabelHint')}
          value={servesLabel}
          onChange={(e) => setServesLabel(e.target.value)}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('goal.successMeasure')}
          value={successMeasure}
          onChange={(e) => setSuccessMeasure(e.target.value)}
        />
        <TextField
          label={t('goal.targetDate')}
          type="date"
          value={targetDate}
          onChange={(e) => setTargetDate(e.target.value)}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" isBusy={add.isPending}>
          {t('goal.add')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
