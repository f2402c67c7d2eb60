import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { Checkbox, SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { RichTextEditor } from '../../components/rich-text-editor.tsx';
import { type Announcement, directionKeys } from './api.ts';

export const audienceRoles = [
  'manager',
  'works_council',
  'ambassador',
  'coach',
  'hr_admin',
  'ld_admin',
] as const;
type AudienceRole = (typeof audienceRoles)[number];
type AudienceKind = Announcement['audienceKind'];
type Locale = 'nl' | 'en';
const locales: Locale[] = ['nl', 'en'];
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

/**
 * Writing a new announcement and changing one share this form: texts per language, audience (everyone,
 * several units or several roles), publication date, acknowledgement, pin, and the echo rhythm with
 * the date it stops. A change sends only what differs from the announcement as it was.
 */
export function AnnouncementForm({
  announcement,
  onDone,
}: {
  announcement?: Announcement;
  onDone: () => void;
}) {
  const { t } = useTranslation('direction');
  const queryClient = useQueryClient();
  const units = useQuery({ queryKey: ['org-units'], queryFn: () => unwrap(api.GET('/api/v1/org-units')) });
  const textOf = (locale: Locale) => announcement?.translations?.find((tr) => tr.locale === locale);
  const [texts, setTexts] = useState(
    () =>
      Object.fromEntries(
        locales.map((locale) => [
          locale,
          { title: textOf(locale)?.title ?? '', bodyHtml: textOf(locale)?.bodyHtml ?? '' },
        ]),
      ) as Record<Locale, { title: string; bodyHtml: string }>,
  );
  const [audienceKind, setAudienceKind] = useState<AudienceKind>(announcement?.audienceKind ?? 'everyone');
  const [unitIds, setUnitIds] = useState<string[]>(announcement?.audienceUnitIds ?? []);
  const [roles, setRoles] = useState<string[]>(announcement?.audienceRoles ?? []);
  // "Roles within units" asks for both lists: the managers of one unit.
  const byUnit = audienceKind === 'units' || audienceKind === 'units_and_roles';
  const byRole = audienceKind === 'roles' || audienceKind === 'units_and_roles';
  const initialPublishOn = localDate(announcement?.publishAt ?? null);
  const [publishOn, setPublishOn] = useState(initialPublishOn);
  const [requiresAcknowledgement, setRequiresAcknowledgement] = useState(
    announcement?.requiresAcknowledgement ?? false,
  );
  const [isPinned, setIsPinned] = useState(announcement?.isPinned ?? false);
  const [echoEveryDays, setEchoEveryDays] = useState(String(announcement?.echoEveryDays ?? ''));
  const [echoUntil, setEchoUntil] = useState(announcement?.echoUntil ?? '');
  // The languages sent, in order (the API names errors by position: translations.0.title). A
  // language whose title and text are both emptied is left out, which removes it.
  const written = locales.filter(
    (locale) => texts[locale].title.trim() || texts[locale].bodyHtml.replace(/<[^>]*>/g, '').trim(),
  );
  const setText = (locale: Locale, field: 'title' | 'bodyHtml', value: string) =>
    setTexts((current) => ({ ...current, [locale]: { ...current[locale], [field]: value } }));

  const save = useMutation({
    mutationFn: () => {
      const body = {
        translations: written.map((locale) => ({ locale, ...texts[locale] })),
        audienceKind,
        audienceUnitIds: byUnit ? unitIds : [],
        audienceRoles: byRole ? (roles as AudienceRole[]) : [],
        requiresAcknowledgement,
        isPinned,
        echoEveryDays: echoEveryDays ? Number(echoEveryDays) : null,
        echoUntil: echoEveryDays && echoUntil ? echoUntil : null,
      };
      const publishAt = publishOn
        ? new Date(`${publishOn}T08:00:00`).toISOString()
        : new Date().toISOString();
      if (!announcement) return unwrap(api.POST('/api/v1/announcements', { body: { ...body, publishAt } }));
      return unwrap(
        api.PATCH('/api/v1/announcements/{id}', {
          params: { path: { id: announcement.id } },
          // A changed date reschedules; an untouched one keeps the moment it was published.
          body: publishOn && publishOn !== initialPublishOn ? { ...body, publishAt } : body,
        }),
      );
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(directionKeys.announcement(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: directionKeys.announcements });
      onDone();
    },
  });
  const errors = fieldErrorsOf(save.error);
  const errorOf = (locale: Locale, field: 'title' | 'bodyHtml') => {
    const index = written.indexOf(locale);
    return (
      (index >= 0 ? errors[`translations.${index}.${field}`] : undefined) ??
      (locale === 'nl' && field === 'title' ? errors.translations : undefined)
    );
  };
  const shownFields = [
    'translations',
    ...written.flatMap((_, index) => [`translations.${index}.title`, `translations.${index}.bodyHtml`]),
    'audienceUnitIds',
    'audienceRoles',
    'echoUntil',
  ];
  const isPresetEcho = echoPresets.some((preset) => String(preset.days) === echoEveryDays) || !echoEveryDays;
  return (
    <form
      className="space-y-4"
      aria-label={
        announcement ? t('announcements.editOf', { title: announcement.title }) : t('announcements.new')
      }
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <div className="grid gap-4 lg:grid-cols-2">
        {locales.map((locale) => (
          <div key={locale} className="space-y-3" lang={locale}>
            <TextField
              label={t(locale === 'nl' ? 'announcements.titleNl' : 'announcements.titleEn')}
              value={texts[locale].title}
              onChange={(e) => setText(locale, 'title', e.target.value)}
              required={locale === 'nl' && !written.includes('en')}
              error={errorOf(locale, 'title')}
            />
            <RichTextEditor
              label={t(locale === 'nl' ? 'announcements.bodyNl' : 'announcements.bodyEn')}
              value={texts[locale].bodyHtml}
              onChange={(html) => setText(locale, 'bodyHtml', html)}
              error={errorOf(locale, 'bodyHtml')}
            />
          </div>
        ))}
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t('announcements.audience')}</legend>
        <div className="flex flex-wrap gap-6">
          {(['everyone', 'units', 'roles', 'units_and_roles'] as const).map((kind) => (
            <label key={kind} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="radio"
                name="audience-kind"
                className="size-4 accent-teal-700"
                checked={audienceKind === kind}
                onChange={() => setAudienceKind(kind)}
              />
              {t(`audiences.kinds.${kind}`)}
            </label>
          ))}
        </div>
        {byUnit && (
          <CheckboxGroup
            legend={t('audiences.chooseUnits')}
            options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
            selected={unitIds}
            onChange={setUnitIds}
            error={errors.audienceUnitIds}
          />
        )}
        {byRole && (
          <CheckboxGroup
            legend={t('audiences.chooseRoles')}
            options={audienceRoles.map((role) => ({ value: role, label: t(`roleNames.${role}`) }))}
            selected={roles}
            onChange={setRoles}
            error={errors.audienceRoles}
          />
        )}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          label={t('announcements.publishOn')}
          hint={announcement ? t('announcements.publishOnEditHint') : t('announcements.publishOnHint')}
          type="date"
          value={publishOn}
          onChange={(e) => setPublishOn(e.target.value)}
        />
        <SelectField
          label={t('announcements.echo')}
          value={echoEveryDays}
          onChange={(e) => setEchoEveryDays(e.target.value)}
        >
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
          label={t('announcements.echoUntil')}
          hint={t('announcements.echoUntilHint')}
          type="date"
          value={echoUntil}
          disabled={!echoEveryDays}
          onChange={(e) => setEchoUntil(e.target.value)}
          error={errors.echoUntil}
        />
      </div>
      <div className="flex flex-wrap gap-6">
        <Checkbox
          label={t('announcements.requiresAcknowledgement')}
          checked={requiresAcknowledgement}
          onChange={(e) => setRequiresAcknowledgement(e.target.checked)}
        />
        <Checkbox
          label={t('announcements.pin')}
          checked={isPinned}
          onChange={(e) => setIsPinned(e.target.checked)}
        />
      </div>
      <FormErrorRegion error={save.error} shownFields={shownFields} />
      <div className="flex gap-2">
        <Button type="submit" isBusy={save.isPending}>
          {announcement ? t('announcements.saveChanges') : t('announcements.publish')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
