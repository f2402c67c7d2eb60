import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Avatar, Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { Form, FormError, SubmitButton, TextAreaField, useZodForm } from '../../components/form/index.ts';
import { PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { useFramework, useLocalName, useSkillsMutation } from './skills-api.ts';

// The API's mentor request: an optional message of at most 2000 characters.
const messageSchema = z.object({ message: z.string().trim().max(2000) });

function AskMentor({ mentor, skillId }: { mentor: { id: string; displayName: string }; skillId: string }) {
  const { t } = useTranslation('skills');
  const [isOpen, setIsOpen] = useState(false);
  const form = useZodForm(messageSchema, { defaultValues: { message: '' } });
  const ask = useSkillsMutation(({ message }: z.output<typeof messageSchema>) =>
    unwrap(
      api.POST('/api/v1/mentors/requests', {
        body: { mentorId: mentor.id, skillId, message: message || undefined },
      }),
    ),
  );
  return (
    <>
      <Button variant="secondary" onClick={() => setIsOpen(true)}>
        {t('mentors.ask')}
      </Button>
      <Dialog
        isOpen={isOpen}
        onOpenChange={setIsOpen}
        title={t('mentors.askTitle', { name: mentor.displayName })}
      >
        {ask.isSuccess ? (
          <p role="status" className="text-sm text-emerald-800">
            {t('mentors.sent', { name: mentor.displayName })}
          </p>
        ) : (
          <Form form={form} onSubmit={(values) => ask.mutateAsync(values)} className="space-y-3">
            <TextAreaField name="message" label={t('request.message')} />
            <FormError />
            <SubmitButton>{t('mentors.send')}</SubmitButton>
          </Form>
        )}
      </Dialog>
    </>
  );
}

export function MentorsPage() {
  const { t } = useTranslation('skills');
  const name = useLocalName();
  const framework = useFramework();
  const [skillId, setSkillId] = useState('');
  const mentors = useQuery({
    queryKey: ['skills', 'mentors', skillId],
    queryFn: () => unwrap(api.GET('/api/v1/mentors', { params: { query: { skillId } } })),
    enabled: Boolean(skillId),
  });
  return (
    <>
      <PageHeader title={t('mentors.title')} description={t('mentors.description')} />
      <label className="mb-4 block max-w-sm text-sm">
        <span className="mb-1 block font-medium text-slate-800">{t('mentors.skill')}</span>
        <select
          className="min-h-10 w-full rounded-md bg-white px-2 ring-1 ring-slate-300 ring-inset"
          value={skillId}
          onChange={(event) => setSkillId(event.target.value)}
        >
          <option value="">{t('map.chooseSkill')}</option>
          {[...(framework.data?.skills ?? [])]
            .sort((a, b) => name(a.name).localeCompare(name(b.name)))
            .map((skill) => (
              <option key={skill.id} value={skill.id}>
                {name(skill.name)}
              </option>
            ))}
        </select>
      </label>
      {!skillId ? null : mentors.isPending ? (
        <Loading />
      ) : mentors.isError ? (
        <QueryError error={mentors.error} />
      ) : mentors.data.length === 0 ? (
        <EmptyState title={t('mentors.none')} />
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
          {mentors.data.map((mentor) => (
            <li key={mentor.person.id} className="flex items-center gap-3 px-4 py-3">
              <Avatar name={mentor.person.displayName} size="sm" />
              <div className="min-w-0 flex-1">
                <p className="text-sm font-medium text-slate-900">{mentor.person.displayName}</p>
                <p className="text-xs text-slate-600">
                  {mentor.person.orgUnit?.name ?? '—'} · {t('mentors.level', { level: mentor.level })}
                  {mentor.buddyFor ? ` · ${t('mentors.buddyFor', { title: mentor.buddyFor })}` : ''}
                </p>
                {mentor.ambassador && (
                  <p className="text-xs text-slate-600">
                    {mentor.ambassador.headline && `${mentor.ambassador.headline} · `}
                    <Link
                      to="/knowledge/ambassadors/$id"
                      params={{ id: mentor.person.id }}
                      className="text-teal-700 underline"
                    >
                      {t('mentors.ambassadorProfile')}
                    </Link>
                  </p>
                )}
              </div>
              {mentor.buddyFor && <Badge tone="blue">{t('mentors.buddy')}</Badge>}
              {mentor.ambassador && <Badge tone="violet">{t('mentors.ambassador')}</Badge>}
              <AskMentor mentor={mentor.person} skillId={skillId} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
