import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  useZodForm,
} from '../../components/form/index.ts';
import { PersonPickerField } from '../../components/form/person-picker-field.tsx';
import { useMe } from '../../lib/session.tsx';
import { useGiveKudos, valuesQuery } from './queries.ts';

// The API's giveKudosBody: a colleague, a few words (at most 500), optionally a core value ('' = none).
const kudosSchema = z.object({
  receiverId: z.string().min(1),
  message: z.string().trim().min(1).max(500),
  valueId: z.string(),
});

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
  const form = useZodForm(kudosSchema, {
    defaultValues: { receiverId: receiver?.id ?? '', message: '', valueId: '' },
  });
  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={receiver ? t('kudos.titleFor', { name: receiver.name }) : t('kudos.title')}
      description={t('kudos.intro')}
    >
      <Form
        form={form}
        onSubmit={async (kudos) => {
          await give.mutateAsync({
            receiverId: kudos.receiverId,
            message: kudos.message,
            valueId: kudos.valueId || null,
            celebrationId: celebrationId ?? null,
          });
          onOpenChange(false);
        }}
      >
        {!receiver && (
          <PersonPickerField name="receiverId" label={t('kudos.receiver')} excludeId={me.person.id} />
        )}
        <TextAreaField
          name="message"
          label={t('kudos.message')}
          hint={t('kudos.messageHint')}
          required
          maxLength={500}
        />
        <SelectField name="valueId" label={t('kudos.value')}>
          <option value="">{t('kudos.noValue')}</option>
          {(values.data ?? []).map((value) => (
            <option key={value.id} value={value.id}>
              {value.name}
            </option>
          ))}
        </SelectField>
        <FormError />
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => onOpenChange(false)}>
            {t('common.cancel')}
          </Button>
          <SubmitButton>{t('kudos.send')}</SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}
