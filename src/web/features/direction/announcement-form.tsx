import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import {
  CheckboxField,
  CheckboxGroupField,
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { RichTextField } from '../../components/form/rich-text-field.tsx';
import { directionOf, languageName } from '../../i18n/content-languages.ts';
import {
  announcementSchema,
  audienceKinds,
  audienceRoles,
  type Locale,
  locales,
  onLanguageFields,
  type Texts,
  writtenOf,
} from './announcement-values.ts';
import { type Announcement, directionKeys, useAnnouncementLanguages } from './api.ts';

// The echo rhythms offered by name: quietly, clearly, loudly (days between echoes).
const echoPresets = [
  { days: 14, key: 'echoHum' },
  { days: 7, key: 'echoSing' },
  { days: 2, key: 'echoShout' },
] as const;

/** yyyy-mm-dd of a moment, in the browser's time zone (for a date input). */
const localDate = (iso: string | null) => {
  if (!iso) return '';
  const date = new Date(iso);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

type FormProps = { announcement?: Announcement; onDone: () => void };

/**
 * Writing a new announcement and changing one share this form: texts per language (nl, en and the
 * organisation's content languages), audience (everyone, several units or several roles), publication
 * date, acknowledgement, pin, and the echo rhythm with the date it stops.
 */
export function AnnouncementForm(props: FormProps) {
  const languages = useAnnouncementLanguages();
  // The fields per language are the form's shape, so the form waits for the list.
  if (!languages.data) return null;
  const written = (props.announcement?.translations ?? []).map((tr) => tr.locale);
  // A text in a language the organisation has since switched off stays visible (and can be emptied).
  const others = [...new Set([...languages.data.contentLanguages, ...written])].filter(
    (language) => !locales.includes(language as Locale),
  );
  return <AnnouncementFields {...props} others={others} />;
}

function AnnouncementFields({ announcement, onDone, others }: FormProps & { others: string[] }) {
  const { t, i18n } = useTranslation('direction');
  const queryClient = useQueryClient();
  const units = useQuery({ queryKey: ['org-units'], queryFn: () => unwrap(api.GET('/api/v1/org-units')) });
  const textOf = (locale: string) => announcement?.translations?.find((tr) => tr.locale === locale);
  const initialPublishOn = localDate(announcement?.publishAt ?? null);
  const form = useZodForm(announcementSchema, {
    defaultValues: {
      texts: Object.fromEntries(
        [...locales, ...others].map((locale) => [
          locale,
          { title: textOf(locale)?.title ?? '', bodyHtml: textOf(locale)?.bodyHtml ?? '' },
        ]),
      ) as Texts,
      audienceKind: announcement?.audienceKind ?? 'everyone',
      audienceUnitIds: announcement?.audienceUnitIds ?? [],
      audienceRoles: (announcement?.audienceRoles ?? []) as (typeof audienceRoles)[number][],
      publishOn: initialPublishOn,
      echoEveryDays: String(announcement?.echoEveryDays ?? ''),
      echoUntil: announcement?.echoUntil ?? '',
      requiresAcknowledgement: announcement?.requiresAcknowledgement ?? false,
      isPinned: announcement?.isPinned ?? false,
    },
  });
  const [texts, audienceKind, echoEveryDays] = useWatch({
    control: form.control,
    name: ['texts', 'audienceKind', 'echoEveryDays'],
  });
  const written = writtenOf(texts as Texts);
  // "Roles within units" asks for both lists: the managers of one unit.
  const byUnit = audienceKind === 'units' || audienceKind === 'units_and_roles';
  const byRole = audienceKind === 'roles' || audienceKind === 'units_and_roles';

  const save = useMutation({
    mutationFn: (values: z.output<typeof announcementSchema>) => {
      const body = {
        translations: writtenOf(values.texts).map((locale) => {
          const text = values.texts[locale] ?? { title: '', bodyHtml: '' };
          return { locale, title: text.title, bodyHtml: text.bodyHtml };
        }),
        audienceKind: values.audienceKind,
        audienceUnitIds: byUnit ? values.audienceUnitIds : [],
        audienceRoles: byRole ? values.audienceRoles : [],
        requiresAcknowledgement: values.requiresAcknowledgement,
        isPinned: values.isPinned,
        echoEveryDays: values.echoEveryDays ? Number(values.echoEveryDays) : null,
        echoUntil: values.echoEveryDays && values.echoUntil ? values.echoUntil : null,
      };
      const publishAt = values.publishOn
        ? new Date(`${values.publishOn}T08:00:00`).toISOString()
        : new Date().toISOString();
      if (!announcement) return unwrap(api.POST('/api/v1/announcements', { body: { ...body, publishAt } }));
      return unwrap(
        api.PATCH('/api/v1/announcements/{id}', {
          params: { path: { id: announcement.id } },
          // A changed date reschedules; an untouched one keeps the moment it was published.
          body: values.publishOn && values.publishOn !== initialPublishOn ? { ...body, publishAt } : body,
        }),
      );
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(directionKeys.announcement(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: directionKeys.announcements });
      onDone();
    },
  });
  const isPresetEcho = echoPresets.some((preset) => String(preset.days) === echoEveryDays) || !echoEveryDays;
  return (
    <Form
      form={form}
      onSubmit={async (values) => {
        try {
          await save.mutateAsync(values);
        } catch (error) {
          throw onLanguageFields(error, writtenOf(values.texts));
        }
      }}
      aria-label={
        announcement ? t('announcements.editOf', { title: announcement.title }) : t('announcements.new')
      }
    >
      <div className="grid gap-4 lg:grid-cols-2">
        {locales.map((locale) => (
          <div key={locale} className="space-y-3" lang={locale}>
            <TextField
              name={`texts.${locale}.title`}
              label={t(locale === 'nl' ? 'announcements.titleNl' : 'announcements.titleEn')}
              required={locale === 'nl' && !written.includes('en')}
            />
            <RichTextField
              name={`texts.${locale}.bodyHtml`}
              label={t(locale === 'nl' ? 'announcements.bodyNl' : 'announcements.bodyEn')}
            />
          </div>
        ))}
      </div>
      {others.length > 0 && (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-800">{t('announcements.otherLanguages')}</legend>
          <p className="text-sm text-slate-600">{t('announcements.otherLanguagesHint')}</p>
          <div className="grid gap-4 lg:grid-cols-2">
            {others.map((language) => {
              const name = languageName(language, i18n.language);
              const dir = directionOf(language);
              // Marked with lang and dir, so Arabic is typed right to left.
              return (
                <div key={language} className="space-y-3 rounded-md bg-slate-50 p-2">
                  <TextField
                    name={`texts.${language}.title`}
                    label={t('announcements.titleIn', { language: name })}
                    lang={language}
                    dir={dir}
                  />
                  <div lang={language} dir={dir}>
                    <RichTextField
                      name={`texts.${language}.bodyHtml`}
                      label={t('announcements.bodyIn', { language: name })}
                    />
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t('announcements.audience')}</legend>
        <div className="flex flex-wrap gap-6">
          {audienceKinds.map((kind) => (
            <label key={kind} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="radio"
                value={kind}
                className="size-4 accent-teal-700"
                {...form.register('audienceKind')}
              />
              {t(`audiences.kinds.${kind}`)}
            </label>
          ))}
        </div>
        {byUnit && (
          <CheckboxGroupField
            name="audienceUnitIds"
            legend={t('audiences.chooseUnits')}
            options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
          />
        )}
        {byRole && (
          <CheckboxGroupField
            name="audienceRoles"
            legend={t('audiences.chooseRoles')}
            options={audienceRoles.map((role) => ({ value: role, label: t(`roleNames.${role}`) }))}
          />
        )}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          name="publishOn"
          label={t('announcements.publishOn')}
          hint={announcement ? t('announcements.publishOnEditHint') : t('announcements.publishOnHint')}
          type="date"
        />
        <SelectField name="echoEveryDays" label={t('announcements.echo')}>
          <option value="">{t('announcements.echoNone')}</option>
          {echoPresets.map((preset) => (
            <option key={preset.days} value={String(preset.days)}>
              {t(`announcements.${preset.key}`)}
            </option>
          ))}
          {!isPresetEcho && (
            <option value={echoEveryDays}>
              {t('announcements.echoesEvery', { count: Number(echoEveryDays) })}
            </option>
          )}
        </SelectField>
        <TextField
          name="echoUntil"
          label={t('announcements.echoUntil')}
          hint={t('announcements.echoUntilHint')}
          type="date"
          disabled={!echoEveryDays}
        />
      </div>
      <div className="flex flex-wrap gap-6">
        <CheckboxField name="requiresAcknowledgement" label={t('announcements.requiresAcknowledgement')} />
        <CheckboxField name="isPinned" label={t('announcements.pin')} />
      </div>
      <FormError />
      <div className="flex gap-2">
        <SubmitButton>
          {announcement ? t('announcements.saveChanges') : t('announcements.publish')}
        </SubmitButton>
        <Button variant="secondary" onClick={onDone}>
          {t('cancel')}
        </Button>
      </div>
    </Form>
  );
}
