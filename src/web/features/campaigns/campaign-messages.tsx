import { useQuery } from '@tanstack/react-query';
import { useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../api/errors.ts';
import { Button } from '../../components/button.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/form/index.ts';
import { flattenFieldErrors } from '../../components/form/server-errors.ts';
import { Card } from '../../components/page.tsx';
import { channels, newMessageKey, phases } from './campaign-draft.ts';
import type { CampaignValues } from './campaign-values.ts';
import { MessageLanguages } from './message-languages.tsx';
import { settingsQuery } from './queries.ts';

/**
 * The planned messages, one card per phase: channel, day, link, the nl/en titles and texts and the
 * organisation's other languages. The messages are one list (the API names errors by its position:
 * messages.2.sendOn); each card shows the ones of its phase.
 */
export function CampaignMessages() {
  const { t } = useTranslation('campaigns');
  const { control, getValues } = useFormContext<CampaignValues>();
  const messages = useFieldArray({ control, name: 'messages' });
  const phaseOf = useWatch({ control, name: 'messages' }) ?? [];
  const addMessage = (phase: (typeof phases)[number]) => {
    const start = { hum: 'startsOn', sing: 'singFrom', shout: 'shoutFrom' } as const;
    messages.append({
      key: newMessageKey(),
      phase,
      channel: phase === 'hum' ? 'banner' : phase === 'sing' ? 'card' : 'email',
      sendOn: getValues(start[phase]),
      titleNl: '',
      bodyNl: '',
      titleEn: '',
      bodyEn: '',
      link: null,
      translations: [],
    });
  };
  return phases.map((phase) => (
    <Card
      key={phase}
      title={t(`phases.${phase}`)}
      titleId={`phase-${phase}`}
      actions={
        <Button variant="secondary" onClick={() => addMessage(phase)}>
          {t('editor.addMessage')}
        </Button>
      }
    >
      <p className="mb-3 text-sm text-slate-600">{t(`phases.${phase}Hint`)}</p>
      <ul className="space-y-4">
        {messages.fields.map((field, index) =>
          phaseOf[index]?.phase !== phase ? null : (
            <li
              key={field.id}
              className="rounded-lg border border-slate-200 p-3"
              aria-label={t('editor.messageLabel', { n: index + 1 })}
            >
              <MessageFields index={index} onRemove={() => messages.remove(index)} />
            </li>
          ),
        )}
      </ul>
    </Card>
  ));
}

function MessageFields({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { t } = useTranslation('campaigns');
  const { control, setValue } = useFormContext<CampaignValues>();
  const contentLanguages = useQuery(settingsQuery()).data?.contentLanguages ?? [];
  const name = `messages.${index}` as const;
  const translations = useWatch({ control, name: `${name}.translations` }) ?? [];
  // The other languages' fields are not registered inputs: their errors come from the form's state.
  const { errors } = useFormState({ control, name: `${name}.translations` });
  const errorsByField: Record<string, FieldError> = Object.fromEntries(
    flattenFieldErrors(errors).map((error) => [error.field, error]),
  );
  return (
    <div className="grid gap-3 md:grid-cols-3">
      <SelectField name={`${name}.channel`} label={t('editor.channel')}>
        {channels.map((channel) => (
          <option key={channel} value={channel}>
            {t(`channels.${channel}`)}
          </option>
        ))}
      </SelectField>
      <TextField name={`${name}.sendOn`} type="date" label={t('editor.sendOn')} />
      <TextField name={`${name}.link`} label={t('editor.link')} hint={t('editor.linkHint')} />
      <TextField name={`${name}.titleNl`} label={t('editor.titleNl')} required />
      <TextField name={`${name}.titleEn`} label={t('editor.titleEn')} required />
      <div />
      <TextAreaField name={`${name}.bodyNl`} label={t('editor.bodyNl')} />
      <TextAreaField name={`${name}.bodyEn`} label={t('editor.bodyEn')} />
      <MessageLanguages
        languages={contentLanguages}
        translations={translations}
        field={`${name}.translations`}
        errors={errorsByField}
        onChange={(next) =>
          setValue(
            `${name}.translations`,
            next.map(({ language, title, body }) => ({ language, title, body: body ?? '' })),
            { shouldDirty: true },
          )
        }
      />
      <div className="flex items-end">
        <Button variant="ghost" onClick={onRemove}>
          {t('editor.removeMessage')}
        </Button>
      </div>
    </div>
  );
}
