import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { type Framework, useLocalName, useSkillsMutation } from './skills-api.ts';

type EvidenceKind = 'learning_completed' | 'assessment_passed' | 'other';

/** For L&D and HR: record evidence (learning completed, assessment passed) as a rating of its own. */
export function EvidenceForm({
  personId,
  skillId,
  scale,
}: {
  personId: string;
  skillId: string;
  scale: Framework['scale'];
}) {
  const { t } = useTranslation('skills');
  const name = useLocalName();
  const [kind, setKind] = useState<EvidenceKind>('assessment_passed');
  const [level, setLevel] = useState(3);
  const record = useSkillsMutation(() =>
    unwrap(
      api.POST('/api/v1/skills/people/{id}/ratings', {
        params: { path: { id: personId } },
        body: { skillId, level, evidenceKind: kind },
      }),
    ),
  );
  const selectClass = 'min-h-10 rounded-md bg-white px-2 text-sm ring-1 ring-slate-300 ring-inset';
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        record.mutate(undefined);
      }}
    >
      <label className="text-sm">
        <span className="mb-1 block font-medium text-slate-800">{t('evidenceForm.kind')}</span>
        <select
          className={selectClass}
          value={kind}
          onChange={(e) => setKind(e.target.value as EvidenceKind)}
        >
          {(['assessment_passed', 'learning_completed', 'other'] as const).map((value) => (
            <option key={value} value={value}>
              {t(`evidence.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium text-slate-800">{t('evidenceForm.level')}</span>
        <select className={selectClass} value={level} onChange={(e) => setLevel(Number(e.target.value))}>
          {scale.map((s) => (
            <option key={s.level} value={s.level}>
              {s.level} · {name(s.label)}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="secondary" isBusy={record.isPending}>
        {t('evidenceForm.save')}
      </Button>
      <FormErrorRegion error={record.error} />
    </form>
  );
}
