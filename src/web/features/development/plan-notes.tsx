import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Form, FormError, SubmitButton, TextAreaField, useZodForm } from '../../components/form/index.ts';
import { useFormat } from '../../components/format.ts';
import { Card } from '../../components/page.tsx';
import { type DevelopmentPlan, useDevelopmentMutation } from './development-api.ts';
import type { PlanReader } from './plan-reader.ts';

// The plan's notes: the owner's reflections and the manager's or HR's comments, newest last.

const noteSchema = z.object({ body: z.string().trim().min(1).max(5000) });

export function PlanNotes({ plan, reader }: { plan: DevelopmentPlan; reader: PlanReader }) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const form = useZodForm(noteSchema, { defaultValues: { body: '' } });
  const body = useWatch({ control: form.control, name: 'body' });
  const add = useDevelopmentMutation((note: z.output<typeof noteSchema>) =>
    unwrap(api.POST('/api/v1/plans/{id}/notes', { params: { path: { id: plan.id } }, body: note })),
  );
  return (
    <Card title={t('notes.title')} titleId="plan-notes">
      {plan.notes.length === 0 ? (
        <p className="text-sm text-slate-600">{t('notes.none')}</p>
      ) : (
        <ul className="space-y-3">
          {plan.notes.map((note) => (
            <li key={note.id} className="text-sm">
              <p className="text-xs text-slate-500">
                {t(`notes.kind.${note.kind}`)} · {note.author.displayName} · {format.date(note.createdAt)}
              </p>
              <p className="whitespace-pre-line text-slate-800">{note.body}</p>
            </li>
          ))}
        </ul>
      )}
      {plan.can.comment && (
        <Form
          form={form}
          onSubmit={async (note) => {
            await add.mutateAsync(note);
            form.reset();
          }}
          className="mt-4 space-y-2"
        >
          <FormError />
          <TextAreaField
            name="body"
            label={
              reader === 'owner'
                ? t('notes.addReflection')
                : t('notes.addCommentFor', { name: plan.person.displayName })
            }
          />
          <SubmitButton variant="secondary" isDisabled={!body.trim()}>
            {t('notes.save')}
          </SubmitButton>
        </Form>
      )}
    </Card>
  );
}
