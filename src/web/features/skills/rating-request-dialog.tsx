import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { inputClass } from '../../components/field.tsx';
import { Form, FormError, SubmitButton, TextAreaField, useZodForm } from '../../components/form/index.ts';
import { useMe } from '../../lib/session.tsx';
import { type PersonSkill, useLocalName, useSkillsMutation } from './skills-api.ts';

// The API's ratingRequestBody: whom to ask ('' = my manager), which skills, an optional message.
const requestSchema = z.object({
  raterId: z.string(),
  skillIds: z.array(z.string()).min(1).max(100),
  message: z.string().trim().max(2000),
});

/** Ask the manager (preselected) or a colleague to rate some of my skills. */
export function RatingRequestDialog({ skills }: { skills: PersonSkill[] }) {
  const { t } = useTranslation('skills');
  const me = useMe();
  const name = useLocalName();
  const [isOpen, setIsOpen] = useState(false);
  const [search, setSearch] = useState('');
  const form = useZodForm(requestSchema, { defaultValues: { raterId: '', skillIds: [], message: '' } });
  const [raterId, chosen] = useWatch({ control: form.control, name: ['raterId', 'skillIds'] });
  const self = useQuery({
    queryKey: ['person', me.person.id],
    queryFn: () => unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id: me.person.id } } })),
    enabled: isOpen,
  });
  const found = useQuery({
    queryKey: ['people', 'rater-search', search],
    queryFn: () => unwrap(api.GET('/api/v1/people', { params: { query: { q: search, pageSize: 8 } } })),
    enabled: isOpen && search.trim().length >= 2,
  });
  const manager = self.data?.manager ?? null;
  // The manager is preselected until someone else is chosen.
  const effectiveRater = raterId || manager?.id || '';
  const ask = useSkillsMutation(({ message, ...values }: z.output<typeof requestSchema>) =>
    unwrap(
      api.POST('/api/v1/skills/rating-requests', {
        body: { ...values, raterId: values.raterId || effectiveRater, message: message || undefined },
      }),
    ),
  );
  const choose = (skillId: string, isChosen: boolean) =>
    form.setValue('skillIds', isChosen ? [...chosen, skillId] : chosen.filter((id) => id !== skillId));
  const candidates = [
    ...(manager ? [{ id: manager.id, label: t('request.myManager', { name: manager.name }) }] : []),
    ...(found.data?.items ?? [])
      .filter((p) => p.id !== me.person.id && p.id !== manager?.id)
      .map((p) => ({ id: p.id, label: `${p.displayName}${p.jobTitle ? ` · ${p.jobTitle}` : ''}` })),
  ];
  return (
    <>
      <Button
        onClick={() => {
          setIsOpen(true);
          form.reset({ raterId: '', skillIds: skills.map((s) => s.skill.id), message: '' });
          ask.reset();
        }}
      >
        {t('request.open')}
      </Button>
      <Dialog
        isOpen={isOpen}
        onOpenChange={setIsOpen}
        title={t('request.title')}
        description={t('request.description')}
      >
        {ask.isSuccess ? (
          <div className="space-y-4">
            <p role="status" className="text-sm text-emerald-800">
              {t('request.sent')}
            </p>
            <Button variant="secondary" onClick={() => setIsOpen(false)}>
              {t('request.close')}
            </Button>
          </div>
        ) : (
          <Form form={form} onSubmit={(values) => ask.mutateAsync(values)}>
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">{t('request.who')}</legend>
              <input
                type="search"
                aria-label={t('request.searchColleague')}
                placeholder={t('request.searchColleague')}
                className={`${inputClass} mt-2`}
                value={search}
                onChange={(event) => setSearch(event.target.value)}
              />
              <div className="mt-2 space-y-1">
                {candidates.map((candidate) => (
                  <label key={candidate.id} className="flex items-center gap-2 text-sm">
                    <input
                      type="radio"
                      name="rater"
                      className="accent-teal-700"
                      checked={effectiveRater === candidate.id}
                      onChange={() => form.setValue('raterId', candidate.id)}
                    />
                    {candidate.label}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">{t('request.which')}</legend>
              <div className="mt-2 max-h-48 space-y-1 overflow-y-auto">
                {skills.map((item) => (
                  <label key={item.skill.id} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="accent-teal-700"
                      checked={chosen.includes(item.skill.id)}
                      onChange={(event) => choose(item.skill.id, event.target.checked)}
                    />
                    {name(item.skill.name)}
                  </label>
                ))}
              </div>
            </fieldset>
            <TextAreaField name="message" label={t('request.message')} rows={2} />
            <FormError />
            <SubmitButton isDisabled={!effectiveRater || chosen.length === 0}>
              {t('request.send')}
            </SubmitButton>
          </Form>
        )}
      </Dialog>
    </>
  );
}
