import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Form, FormError, SelectField, SubmitButton, useZodForm } from '../../components/form/index.ts';
import { type Framework, useLocalName, useSkillsMutation } from './skills-api.ts';

const evidenceKinds = ['assessment_passed', 'learning_completed', 'other'] as const;

// What the evidence is and the level it shows (a level of the framework's scale).
const evidenceSchema = z.object({
  evidenceKind: z.enum(evidenceKinds),
  level: z.string().min(1).transform(Number),
});

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
  const form = useZodForm(evidenceSchema, {
    defaultValues: { evidenceKind: 'assessment_passed', level: '3' },
  });
  const record = useSkillsMutation((values: z.output<typeof evidenceSchema>) =>
    unwrap(
      api.POST('/api/v1/skills/people/{id}/ratings', {
        params: { path: { id: personId } },
        body: { skillId, ...values },
      }),
    ),
  );
  return (
    <Form
      form={form}
      onSubmit={(values) => record.mutateAsync(values)}
      className="flex flex-wrap items-end gap-2"
    >
      <SelectField name="evidenceKind" label={t('evidenceForm.kind')}>
        {evidenceKinds.map((value) => (
          <option key={value} value={value}>
            {t(`evidence.${value}`)}
          </option>
        ))}
      </SelectField>
      <SelectField name="level" label={t('evidenceForm.level')}>
        {scale.map((s) => (
          <option key={s.level} value={s.level}>
            {s.level} · {name(s.label)}
          </option>
        ))}
      </SelectField>
      <SubmitButton variant="secondary">{t('evidenceForm.save')}</SubmitButton>
      <FormError />
    </Form>
  );
}
