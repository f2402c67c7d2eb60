import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { inputClass } from '../../components/field.tsx';
import { Card } from '../../components/page.tsx';
import { type SubjectType, useRate } from './learning-api.ts';

export function RatingForm({
  subject,
  current,
}: {
  subject: { type: SubjectType; id: string };
  current: { stars: number; comment: string | null } | null;
}) {
  const { t } = useTranslation('learning');
  const [stars, setStars] = useState(current?.stars ?? 0);
  const [comment, setComment] = useState(current?.comment ?? '');
  const rate = useRate();
  return (
    <Card title={t('rating.title')} titleId="rating">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          rate.mutate({ subject, stars, comment: comment.trim() || null });
        }}
      >
        <fieldset>
          <legend className="sr-only">{t('rating.stars')}</legend>
          <div className="flex gap-1">
            {[1, 2, 3, 4, 5].map((value) => (
              <label key={value} className="cursor-pointer text-2xl">
                <input
                  type="radio"
                  name="stars"
                  value={value}
                  className="sr-only"
                  checked={stars === value}
                  onChange={() => setStars(value)}
                />
                <span aria-hidden="true" className={value <= stars ? 'text-amber-500' : 'text-slate-300'}>
                  ★
                </span>
                <span className="sr-only">{t('rating.starCount', { count: value })}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="block text-sm">
          <span className="mb-1 block font-medium text-slate-800">{t('rating.comment')}</span>
          <textarea
            rows={2}
            className={inputClass}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </label>
        <Button type="submit" variant="secondary" disabled={!stars} isBusy={rate.isPending}>
          {t('rating.save')}
        </Button>
        {rate.isSuccess && (
          <p role="status" className="text-sm text-emerald-800">
            {t('rating.thanks')}
          </p>
        )}
      </form>
    </Card>
  );
}
