import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Avatar, Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { Form, FormError, SubmitButton, TextAreaField, useZodForm } from '../../components/form/index.ts';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { useDevelopmentMutation } from './development-api.ts';

type Mentor = {
  person: { id: string; displayName: string };
  level: number;
  buddyFor: string | null;
  ambassador: { headline: string } | null;
};

// Whom to ask (the send button waits for a choice) and an optional message.
const mentorSchema = z.object({ mentorId: z.string().min(1), message: z.string().trim().max(2000) });

/**
 * A mentor action for a goal that serves a skill: pick someone from the mentor finder (buddies
 * included), send the request through the skills API, and the action lands in the plan.
 */
export function MentorPicker({
  planId,
  goalId,
  skillId,
}: {
  planId: string;
  goalId: string;
  skillId: string;
}) {
  const { t } = useTranslation('development');
  const [isOpen, setIsOpen] = useState(false);
  const form = useZodForm(mentorSchema, { defaultValues: { mentorId: '', message: '' } });
  const mentorId = useWatch({ control: form.control, name: 'mentorId' });
  const mentors = useQuery({
    queryKey: ['development', 'mentors', skillId],
    queryFn: () => unwrap(api.GET('/api/v1/mentors', { params: { query: { skillId } } })),
    enabled: isOpen,
  });
  const chosen = mentors.data?.find((mentor) => mentor.person.id === mentorId) ?? null;
  const ask = useDevelopmentMutation(async ({ mentor, message }: { mentor: Mentor; message: string }) => {
    await unwrap(
      api.POST('/api/v1/mentors/requests', {
        body: { mentorId: mentor.person.id, skillId, message: message || undefined },
      }),
    );
    return unwrap(
      api.POST('/api/v1/plans/{id}/actions', {
        params: { path: { id: planId } },
        body: {
          goalId,
          kind: 'mentor',
          title: t('mentorPicker.actionTitle', { name: mentor.person.displayName }),
          refKind: 'person',
          refId: mentor.person.id,
        },
      }),
    );
  });
  const close = (open: boolean) => {
    setIsOpen(open);
    if (!open) {
      form.reset();
      ask.reset();
    }
  };
  return (
    <>
      <Button variant="secondary" className="mt-3 ml-2" onClick={() => setIsOpen(true)}>
        {t('mentorPicker.find')}
      </Button>
      <Dialog
        isOpen={isOpen}
        onOpenChange={close}
        title={t('mentorPicker.title')}
        description={t('mentorPicker.description')}
      >
        {ask.isSuccess && chosen ? (
          <p role="status" className="text-sm text-emerald-800">
            {t('mentorPicker.sent', { name: chosen.person.displayName })}
          </p>
        ) : mentors.isPending ? (
          <Loading />
        ) : mentors.isError ? (
          <QueryError error={mentors.error} />
        ) : mentors.data.length === 0 ? (
          <EmptyState title={t('mentorPicker.none')} />
        ) : (
          <Form
            form={form}
            className="space-y-3"
            onSubmit={async ({ message }) => {
              if (chosen) await ask.mutateAsync({ mentor: chosen, message });
            }}
          >
            <fieldset className="space-y-1">
              <legend className="sr-only">{t('mentorPicker.title')}</legend>
              {mentors.data.map((mentor) => (
                <label
                  key={mentor.person.id}
                  className="flex cursor-pointer items-center gap-3 rounded-md px-2 py-2 hover:bg-slate-50"
                >
                  <input
                    type="radio"
                    className="accent-teal-700"
                    value={mentor.person.id}
                    {...form.register('mentorId')}
                  />
                  <Avatar name={mentor.person.displayName} size="sm" />
                  <span className="min-w-0 flex-1 text-sm">
                    <span className="font-medium text-slate-900">{mentor.person.displayName}</span>
                    <span className="block text-xs text-slate-600">
                      {mentor.level ? t('mentorPicker.level', { level: mentor.level }) : ''}
                      {mentor.buddyFor ? ` ${t('mentorPicker.buddyFor', { title: mentor.buddyFor })}` : ''}
                      {mentor.ambassador?.headline ? ` ${mentor.ambassador.headline}` : ''}
                    </span>
                  </span>
                  {mentor.buddyFor && <Badge tone="blue">{t('mentorPicker.buddy')}</Badge>}
                  {mentor.ambassador && <Badge tone="violet">{t('mentorPicker.ambassador')}</Badge>}
                </label>
              ))}
            </fieldset>
            <TextAreaField name="message" label={t('mentorPicker.message')} />
            <FormError />
            <SubmitButton isDisabled={!chosen}>{t('mentorPicker.send')}</SubmitButton>
          </Form>
        )}
      </Dialog>
    </>
  );
}
