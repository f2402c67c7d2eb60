import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Form, FormError, SelectField, SubmitButton, useZodForm } from '../../components/form/index.ts';
import { useFormat } from '../../components/format.ts';
import { EvidenceForm } from './evidence-form.tsx';
import {
  type Framework,
  levelTone,
  type PersonSkill,
  useLocalName,
  useSkillsMutation,
} from './skills-api.ts';
import { SourceBadge } from './source-badge.tsx';

type Props = {
  personId: string;
  item: PersonSkill;
  scale: Framework['scale'];
  canRateAs: 'self' | 'manager' | 'peer' | 'evidence' | null;
  isOwn: boolean;
  canRecordEvidence?: boolean;
};

// A level of the framework's scale, chosen from the select.
const ratingSchema = z.object({ level: z.string().min(1).transform(Number) });

export function LevelPill({ level, target }: { level: number | null; target?: number | null }) {
  return (
    <span
      className={`inline-flex min-w-8 justify-center rounded-md px-2 py-1 text-sm font-semibold ${levelTone(level, target)}`}
    >
      {level ?? '–'}
    </span>
  );
}

/** "Why this level?": which rating counts and the rule that picked it. */
function WhyThisLevel({ item }: { item: PersonSkill }) {
  const { t } = useTranslation('skills');
  const format = useFormat();
  const current = item.current;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer font-medium text-teal-700">{t('why.title')}</summary>
      <div className="mt-2 space-y-1 rounded-md bg-slate-50 p-3 text-slate-700">
        {current ? (
          <p>
            {t(`why.${current.reason}`, {
              level: current.level,
              rater: current.rater?.displayName ?? '',
              date: format.date(current.ratedOn),
            })}
          </p>
        ) : (
          <p>
            {item.peerEndorsements > 0 ? t('why.onlyPeers', { count: item.peerEndorsements }) : t('why.none')}
          </p>
        )}
        <p className="text-xs text-slate-600">{t('why.rule')}</p>
      </div>
    </details>
  );
}

export function SkillCard({ personId, item, scale, canRateAs, isOwn, canRecordEvidence }: Props) {
  const { t } = useTranslation('skills');
  const name = useLocalName();
  const format = useFormat();
  const form = useZodForm(ratingSchema, {
    defaultValues: { level: String(item.current?.level ?? item.targetLevel ?? 3) },
  });
  const level = Number(useWatch({ control: form.control, name: 'level' }));
  const rate = useSkillsMutation(({ level }: z.output<typeof ratingSchema>) =>
    unwrap(
      api.POST('/api/v1/skills/people/{id}/ratings', {
        params: { path: { id: personId } },
        body: { skillId: item.skill.id, level },
      }),
    ),
  );
  const prefer = useSkillsMutation(
    (body: { wantsToGrow?: boolean; willingToMentor?: boolean; isInterest?: boolean }) =>
      unwrap(
        api.PUT('/api/v1/skills/me/preferences/{id}', { params: { path: { id: item.skill.id } }, body }),
      ),
  );
  const skillName = name(item.skill.name);
  const labelOf = (value: number) => scale.find((s) => s.level === value);
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" aria-label={skillName}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="font-semibold text-slate-900">{skillName}</h2>
          {name(item.skill.description) && (
            <p className="text-sm text-slate-600">{name(item.skill.description)}</p>
          )}
        </div>
        <div className="flex items-center gap-3 text-sm">
          <span className="text-slate-600">{t('map.current')}</span>
          <LevelPill level={item.current?.level ?? null} target={item.targetLevel} />
          {item.current && (
            <span className="text-slate-700">
              {name(labelOf(item.current.level)?.label ?? { nl: '', en: '' })}
            </span>
          )}
          {item.targetLevel !== null && (
            <span className="text-slate-600">{t('map.target', { level: item.targetLevel })}</span>
          )}
        </div>
      </div>
      <WhyThisLevel item={item} />
      {item.ratings.length > 0 && (
        <table className="mt-3 w-full text-sm">
          <caption className="sr-only">{t('map.ratingsOf', { skill: skillName })}</caption>
          <thead>
            <tr className="text-left text-xs text-slate-500 uppercase">
              <th className="py-1 font-medium">{t('map.source')}</th>
              <th className="py-1 font-medium">{t('map.level')}</th>
              <th className="py-1 font-medium">{t('map.rater')}</th>
              <th className="py-1 font-medium">{t('map.date')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {item.ratings.map((rating) => (
              <tr key={rating.id} className={rating.id === item.current?.ratingId ? 'font-medium' : ''}>
                <td className="py-1.5">
                  <SourceBadge source={rating.source} />
                </td>
                <td className="py-1.5">{rating.level}</td>
                <td className="py-1.5">
                  {rating.evidenceKind
                    ? [t(`evidence.${rating.evidenceKind}`), rating.rater?.displayName]
                        .filter(Boolean)
                        .join(' · ')
                    : (rating.rater?.displayName ?? '—')}
                </td>
                <td className="py-1.5">{format.date(rating.ratedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="mt-3 flex flex-wrap items-end gap-4 border-t border-slate-100 pt-3">
        {canRecordEvidence && <EvidenceForm personId={personId} skillId={item.skill.id} scale={scale} />}
        {canRateAs && canRateAs !== 'evidence' && (
          <Form
            form={form}
            onSubmit={(values) => rate.mutateAsync(values)}
            className="flex flex-wrap items-end gap-2"
          >
            <SelectField name="level" label={t(`rateAs.${canRateAs}`)}>
              {scale.map((s) => (
                <option key={s.level} value={s.level}>
                  {s.level} · {name(s.label)}
                </option>
              ))}
            </SelectField>
            <SubmitButton variant="secondary">{t('map.save')}</SubmitButton>
            {rate.isSuccess && (
              <span className="text-sm text-emerald-700" role="status">
                {t('map.saved')}
              </span>
            )}
            <FormError />
          </Form>
        )}
        {isOwn && (
          <fieldset className="flex flex-wrap gap-4 text-sm">
            <legend className="sr-only">{t('map.wishes')}</legend>
            {(['wantsToGrow', 'isInterest', 'willingToMentor'] as const).map((key) => (
              <label key={key} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  className="size-4 accent-teal-700"
                  checked={item[key]}
                  disabled={prefer.isPending}
                  onChange={(event) => prefer.mutate({ [key]: event.target.checked })}
                />
                {t(`map.${key}`)}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      {canRateAs && (
        <p className="mt-2 text-xs text-slate-500">
          {t('map.scaleHint', { descriptor: name(labelOf(level)?.descriptor ?? { nl: '', en: '' }) })}
        </p>
      )}
    </li>
  );
}
