import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { isManager, useMe } from '../../app/session.tsx';
import { Button } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { Checkbox, TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { type SubjectType, useTeamLearning } from './learning-api.ts';

/** A manager assigns a published course, path or item to some of their direct reports, with a due date. */
export function TeamAssign({
  subject,
  title,
}: {
  subject: { type: SubjectType; id: string };
  title: string;
}) {
  const { t } = useTranslation('learning');
  const me = useMe();
  const [isOpen, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [dueDate, setDueDate] = useState('');
  const team = useTeamLearning();
  const assign = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/learning/assignments', {
          body: { subject, personIds: chosen, unitIds: [], roles: [], dueDate: dueDate || null },
        }),
      ),
  });
  if (!isManager(me)) return null;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('teamAssign.open')}
      </Button>
      <Dialog isOpen={isOpen} onOpenChange={setOpen} title={t('teamAssign.title', { title })}>
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            assign.mutate();
          }}
        >
          <fieldset className="space-y-2">
            <legend className="mb-1 text-sm font-medium text-slate-800">{t('teamAssign.who')}</legend>
            {team.data?.map((member) => (
              <Checkbox
                key={member.personId}
                label={member.displayName}
                checked={chosen.includes(member.personId)}
                onChange={(event) =>
                  setChosen(
                    event.target.checked
                      ? [...chosen, member.personId]
                      : chosen.filter((id) => id !== member.personId),
                  )
                }
              />
            ))}
          </fieldset>
          <TextField
            label={t('teamAssign.dueDate')}
            type="date"
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
          />
          <FormErrorRegion error={assign.error} />
          {assign.data && (
            <p role="status" className="text-sm text-emerald-800">
              {t('teamAssign.done', { count: assign.data.people })}
            </p>
          )}
          <Button type="submit" isBusy={assign.isPending} disabled={!chosen.length}>
            {t('teamAssign.submit')}
          </Button>
        </form>
      </Dialog>
    </>
  );
}
