import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import {
  CheckboxField,
  Form,
  FormError,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { localToday } from '../../components/format.ts';

const agreementSchema = z.object({
  application: z.string().trim().min(1, 'required'),
  isWillingBuddy: z.boolean(),
  isWillingMentor: z.boolean(),
  startsOn: z.string().min(1, 'required'),
});

/** What the agreement is about: a budget-funded training or a substantial enrolment. */
export type AgreementSubject = {
  title: string;
  budgetRequestId?: string;
  enrolmentId?: string;
  goalId?: string | null;
  startsOn?: string | null;
};

/**
 * The learning agreement substantial learning asks for: how I will apply it, and will I help others
 * afterwards. The same form from the budget page and from an enrolment.
 */
export function LearningAgreementForm({
  subject,
  onDone,
  className = 'mt-3 space-y-3 rounded-lg bg-slate-50 p-4',
}: {
  subject: AgreementSubject;
  onDone: () => void;
  className?: string;
}) {
  const { t } = useTranslation('development');
  const queryClient = useQueryClient();
  const form = useZodForm(agreementSchema, {
    defaultValues: {
      application: '',
      isWillingBuddy: false,
      isWillingMentor: false,
      startsOn: subject.startsOn ?? localToday(),
    },
  });
  const create = useMutation({
    mutationFn: (values: z.output<typeof agreementSchema>) =>
      unwrap(
        api.POST('/api/v1/learning-agreements', {
          body: {
            title: subject.title,
            budgetRequestId: subject.budgetRequestId,
            enrolmentId: subject.enrolmentId,
            goalId: subject.goalId ?? null,
            ...values,
          },
        }),
      ),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['development'] }),
        queryClient.invalidateQueries({ queryKey: ['learning'] }),
      ]);
      onDone();
    },
  });
  return (
    <Form
      form={form}
      onSubmit={(values) => create.mutateAsync(values)}
      className={className}
      aria-label={t('agreement.title')}
    >
      <h4 className="text-sm font-semibold text-slate-900">{t('agreement.title')}</h4>
      <p className="text-xs text-slate-600">
        {t(subject.budgetRequestId ? 'agreement.intro' : 'agreement.introEnrolment')}
      </p>
      <FormError />
      <TextAreaField name="application" label={t('agreement.application')} required />
      <CheckboxField name="isWillingBuddy" label={t('agreement.buddy')} />
      <CheckboxField name="isWillingMentor" label={t('agreement.mentor')} />
      <TextField name="startsOn" label={t('agreement.startsOn')} type="date" required />
      <SubmitButton>{t('agreement.save')}</SubmitButton>
    </Form>
  );
}
