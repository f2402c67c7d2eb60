import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Dialog } from '../../components/dialog.tsx';
import { Form, FormError, SubmitButton, useZodForm } from '../../components/form/index.ts';
import { fieldErrorsOf } from '../../components/form-error.tsx';
import { MessageLanguages } from './message-languages.tsx';
import { type NudgeText, useSaveNudgeTexts } from './queries.ts';

const textsSchema = z.object({
  texts: z.array(z.object({ language: z.string(), title: z.string().trim().max(300) })),
});

/**
 * L&D: the organisation's own words for one nudge kind, per language (nl and en override Groeipad's;
 * the others are the enabled content languages). A language left empty gets the shipped text.
 */
export function NudgeTextDialog({
  nudge,
  languages,
  onClose,
}: {
  nudge: NudgeText;
  languages: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation('campaigns');
  const save = useSaveNudgeTexts();
  const form = useZodForm(textsSchema, {
    defaultValues: { texts: nudge.texts.map(({ language, text }) => ({ language, title: text })) },
  });
  const texts = useWatch({ control: form.control, name: 'texts' });
  // The API names `texts.N.text`; the shared language fields show errors of `texts.N.title`.
  const errors = Object.fromEntries(
    Object.entries(fieldErrorsOf(save.error)).map(([field, error]) => [
      field.replace(/\.text$/, '.title'),
      error,
    ]),
  );
  return (
    <Dialog
      isOpen
      onOpenChange={(open) => !open && onClose()}
      title={t('nudgeTexts.title', { kind: t(`nudges.kinds.${nudge.kind}`) })}
      isWide
    >
      <Form
        form={form}
        onSubmit={async (values) => {
          await save.mutateAsync({
            kind: nudge.kind,
            texts: values.texts.map(({ language, title }) => ({ language, text: title })),
          });
          onClose();
        }}
      >
        <FormError />
        <dl className="grid gap-2 text-sm text-slate-700 md:grid-cols-2">
          <div>
            <dt className="font-medium">{t('nudgeTexts.shippedNl')}</dt>
            <dd lang="nl">{nudge.shipped.nl}</dd>
          </div>
          <div>
            <dt className="font-medium">{t('nudgeTexts.shippedEn')}</dt>
            <dd lang="en">{nudge.shipped.en}</dd>
          </div>
        </dl>
        <MessageLanguages
          languages={['nl', 'en', ...languages]}
          translations={texts}
          field="texts"
          errors={errors}
          titleOnly
          legend="nudgeTexts.legend"
          titleLabel="nudgeTexts.textIn"
          hint={t('nudgeTexts.hint', { placeholders: nudge.placeholders.join(', ') })}
          onChange={(next) =>
            form.setValue(
              'texts',
              next.map(({ language, title }) => ({ language, title })),
              { shouldDirty: true },
            )
          }
        />
        <SubmitButton>{t('nudgeTexts.save')}</SubmitButton>
      </Form>
    </Dialog>
  );
}
