import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { inputClass } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useMe } from '../../lib/session.tsx';
import { type PersonSkill, useLocalName, useSkillsMutation } from './skills-api.ts';

/** Ask the manager (preselected) or a colleague to rate some of my skills. */
export function RatingRequestDialog({ skills }: { skills: PersonSkill[] }) {
  const { t } = useTranslation('skills');
  const me = useMe();
  const name = useLocalName();
  const [isOpen, setIsOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [raterId, setRaterId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState('');
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
  const effectiveRater = raterId ?? manager?.id ?? null;
  const ask = useSkillsMutation(() =>
    unwrap(
      api.POST('/api/v1/skills/rating-requests', {
        body: { raterId: effectiveRater!, skillIds: chosen, message: message || undefined },
      }),
    ),
  );
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
          setChosen(skills.map((s) => s.skill.id));
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
          <form
            className="space-y-4"
            onSubmit={(event) => {
              event.preventDefault();
              ask.mutate(undefined);
            }}
          >
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
                      onChange={() => setRaterId(candidate.id)}
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
                      onChange={(event) =>
                        setChosen((list) =>
                          event.target.checked
                            ? [...list, item.skill.id]
                            : list.filter((id) => id !== item.skill.id),
                        )
                      }
                    />
                    {name(item.skill.name)}
                  </label>
                ))}
              </div>
            </fieldset>
            <label className="block text-sm">
              <span className="font-medium text-slate-800">{t('request.message')}</span>
              <textarea
                className={`${inputClass} mt-1`}
                rows={2}
                value={message}
                onChange={(event) => setMessage(event.target.value)}
              />
            </label>
            <FormErrorRegion error={ask.error} />
            <Button type="submit" isBusy={ask.isPending} disabled={!effectiveRater || chosen.length === 0}>
              {t('request.send')}
            </Button>
          </form>
        )}
      </Dialog>
    </>
  );
}
