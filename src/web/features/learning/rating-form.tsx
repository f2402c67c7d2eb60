import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Form, FormError, SubmitButton, TextAreaField, useZodForm } from '../../components/form/index.ts';
import { Card } from '../../components/page.tsx';
import { type SubjectType, useRate } from './learning-api.ts';

// The API's ratingBody: one to five stars ('' = none chosen yet; a radio's value is text) and an
// optional comment (at most 2000).
const ratingSchema = z.object({
  stars: z.enum(['1', '2', '3', '4', '5']).transform(Number),
  comment: z.string().trim().max(2000),
});
type Stars = z.input<typeof ratingSchema>['stars'];

export function RatingForm({
  subject,
  current,
}: {
  subject: { type: SubjectType; id: string };
  current: { stars: number; comment: string | null } | null;
}) {
  const { t } = useTranslation('learning');
  const form = useZodForm(ratingSchema, {
    defaultValues: {
      stars: current?.stars ? (String(current.stars) as Stars) : undefined,
      comment: current?.comment ?? '',
    },
  });
  const stars = Number(useWatch({ control: form.control, name: 'stars' }) ?? 0);
  const rate = useRate();
  return (
    <Card title={t('rating.title')} titleId="rating">
      <Form
        form={form}
        onSubmit={(values) => {
          rate.reset();
          return rate.mutateAsync({ subject, stars: values.stars, comment: values.comment || null });
        }}
        className="space-y-3"
      >
        <fieldset>
          <legend className="sr-only">{t('rating.stars')}</legend>
          <div className="flex gap-1">
            {[1, 2, 3, 4, 5].map((value) => (
              <label key={value} className="cursor-pointer text-2xl">
                <input type="radio" value={value} className="sr-only" {...form.register('stars')} />
                <span aria-hidden="true" className={value <= stars ? 'text-amber-500' : 'text-slate-300'}>
                  ★
                </span>
                <span className="sr-only">{t('rating.starCount', { count: value })}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <TextAreaField name="comment" label={t('rating.comment')} rows={2} />
        <FormError />
        <SubmitButton variant="secondary" isDisabled={!stars}>
          {t('rating.save')}
        </SubmitButton>
        {rate.isSuccess && (
          <p role="status" className="text-sm text-emerald-800">
            {t('rating.thanks')}
          </p>
        )}
      </Form>
    </Card>
  );
}
