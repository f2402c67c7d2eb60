import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { SelectField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { PersonPicker } from '../../components/person-picker.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { useMe } from '../../lib/session.tsx';
import { useGiveKudos, valuesQuery } from './queries.ts';

/**
 * Give a colleague kudos for a step: a few words, optionally the core value it shows. Opened for a
 * chosen colleague (a celebration) or to choose one.
 */
export function KudosDialog({
  isOpen,
  onOpenChange,
  receiver,
  celebrationId,
}: {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  receiver?: { id: string; name: string };
  celebrationId?: string;
}) {
  const { t } = useTranslation('recognition');
  const me = useMe();
  const values = useQuery(valuesQuery());
  const give = useGiveKudos();
  const [receiverId, setReceiverId] = useState<string | null>(receiver?.id ?? null);
  const [message, setMessage] = useState('');
  const [valueId, setValueId] = useState('');
  const errors = fieldErrorsOf(give.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    give.mutate(
      {
        receiverId: receiverId ?? '',
        message,
        valueId: valueId || null,
        celebrationId: celebrationId ?? null,
      },
      { onSuccess: () => onOpenChange(false) },
    );
  };
  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={receiver ? t('kudos.titleFor', { name: receiver.name }) : t('kudos.title')}
      description={t('kudos.intro')}
    >
      <form onSubmit={submit} className="space-y-4" noValidate>
        {!receiver && (
          <PersonPicker
            label={t('kudos.receiver')}
            value={receiverId}
            excludeId={me.person.id}
            error={errors.receiverId}
            onChange={setReceiverId}
          />
        )}
        <TextArea
          label={t('kudos.message')}
          hint={t('kudos.messageHint')}
          required
          maxLength={500}
          value={message}
          error={errors.message}
          onChange={(event) => setMessage(event.target.value)}
        />
        <SelectField
          label={t('kudos.value')}
          value={valueId}
          error={errors.valueId}
          onChange={(event) => setValueId(event.target.value)}
        >
          <option value="">{t('kudos.noValue')}</option>
          {(values.data ?? []).map((value) => (
            <option key={value.id} value={value.id}>
              {value.name}
            </option>
          ))}
        </SelectField>
        <FormErrorRegion error={give.error} shownFields={['receiverId', 'message', 'valueId']} />
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => onOpenChange(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" isBusy={give.isPending}>
            {t('kudos.send')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
