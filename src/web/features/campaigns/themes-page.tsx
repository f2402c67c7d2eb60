import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { EntityPicker } from '../../components/entity-picker.tsx';
import { learningSource } from '../../components/entity-sources.ts';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { MessageLanguages } from './message-languages.tsx';
import {
  settingsQuery,
  type Theme,
  type ThemeInput,
  themesQuery,
  useRemoveTheme,
  useSaveTheme,
  useStarterThemes,
} from './queries.ts';

type Learning = { type: 'content' | 'course' | 'path'; id: string; title: string };

function ThemeDialog({ theme, onClose }: { theme: Theme | null; onClose: () => void }) {
  const { t } = useTranslation('campaigns');
  const save = useSaveTheme();
  const contentLanguages = useQuery(settingsQuery()).data?.contentLanguages ?? [];
  const year = new Date().getFullYear();
  const [draft, setDraft] = useState<Omit<ThemeInput, 'learning'> & { learning: Learning[] }>(
    theme
      ? { ...theme }
      : {
          nameNl: '',
          nameEn: '',
          descriptionNl: '',
          descriptionEn: '',
          startsOn: `${year}-01-01`,
          endsOn: `${year}-01-31`,
          recurrence: 'yearly',
          learning: [],
        },
  );
  const errors = fieldErrorsOf(save.error);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  return (
    <Dialog
      isOpen
      onOpenChange={(open) => !open && onClose()}
      title={theme ? t('themes.edit') : t('themes.add')}
      isWide
    >
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          const body: ThemeInput = {
            ...draft,
            translations: (draft.translations ?? []).map(({ language, title, body }) => ({
              language,
              title,
              body,
            })),
            learning: draft.learning.map(({ type, id }) => ({ type, id })),
          };
          save.mutate({ id: theme?.id, body }, { onSuccess: onClose });
        }}
      >
        <FormErrorRegion error={save.error} />
        <div className="grid gap-3 md:grid-cols-2">
          <TextField
            label={t('themes.nameNl')}
            required
            value={draft.nameNl}
            error={errors.nameNl}
            onChange={(e) => set('nameNl', e.currentTarget.value)}
          />
          <TextField
            label={t('themes.nameEn')}
            required
            value={draft.nameEn}
            error={errors.nameEn}
            onChange={(e) => set('nameEn', e.currentTarget.value)}
          />
          <TextArea
            label={t('themes.descriptionNl')}
            value={draft.descriptionNl ?? ''}
            onChange={(e) => set('descriptionNl', e.currentTarget.value)}
          />
          <TextArea
            label={t('themes.descriptionEn')}
            value={draft.descriptionEn ?? ''}
            onChange={(e) => set('descriptionEn', e.currentTarget.value)}
          />
          <MessageLanguages
            languages={contentLanguages}
            translations={draft.translations ?? []}
            field="translations"
            errors={errors}
            hint={t('themes.otherLanguagesHint')}
            onChange={(translations) => set('translations', translations)}
          />
          <TextField
            type="date"
            label={t('themes.startsOn')}
            required
            value={draft.startsOn}
            error={errors.startsOn}
            onChange={(e) => set('startsOn', e.currentTarget.value)}
          />
          <TextField
            type="date"
            label={t('themes.endsOn')}
            required
            value={draft.endsOn}
            error={errors.endsOn}
            onChange={(e) => set('endsOn', e.currentTarget.value)}
          />
          <SelectField
            label={t('themes.recurrence')}
            value={draft.recurrence}
            onChange={(e) => set('recurrence', e.currentTarget.value as 'yearly' | 'once')}
          >
            <option value="yearly">{t('themes.yearly')}</option>
            <option value="once">{t('themes.once')}</option>
          </SelectField>
        </div>
        <div>
          <p className="text-sm font-medium text-slate-800">{t('themes.learning')}</p>
          <ul className="my-2 space-y-1 text-sm">
            {draft.learning.map((item) => (
              <li key={`${item.type}:${item.id}`} className="flex items-center justify-between">
                {item.title}
                <Button
                  variant="ghost"
                  onClick={() =>
                    set(
                      'learning',
                      draft.learning.filter((l) => l.id !== item.id),
                    )
                  }
                >
                  {t('editor.remove')}
                </Button>
              </li>
            ))}
          </ul>
          <EntityPicker
            label={t('editor.addLearning')}
            source={learningSource}
            value={null}
            excludeIds={draft.learning.map((item) => `${item.type}:${item.id}`)}
            onChange={(option) => {
              if (!option) return;
              const [type, id] = option.id.split(':') as [Learning['type'], string];
              set('learning', [...draft.learning, { type, id, title: option.label }]);
            }}
          />
        </div>
        <Button type="submit" isBusy={save.isPending}>
          {t('editor.save')}
        </Button>
      </form>
    </Dialog>
  );
}

/** L&D's themes calendar: the year at a glance, each theme with its period and learning. */
export function ThemesPage() {
  const { t, i18n } = useTranslation('campaigns');
  const format = useFormat();
  const themes = useQuery(themesQuery());
  const starter = useStarterThemes();
  const remove = useRemoveTheme();
  const [editing, setEditing] = useState<Theme | 'new' | null>(null);
  if (themes.isPending) return <Loading />;
  if (themes.isError) return <QueryError error={themes.error} />;
  const isEnglish = i18n.language === 'en';
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('themes.title')}
        description={t('themes.intro')}
        actions={
          <>
            <Button variant="secondary" isBusy={starter.isPending} onClick={() => starter.mutate()}>
              {t('themes.starter')}
            </Button>
            <Button onClick={() => setEditing('new')}>{t('themes.add')}</Button>
          </>
        }
      />
      <FormErrorRegion error={starter.error ?? remove.error} />
      {themes.data.length === 0 && <EmptyState title={t('themes.empty')} />}
      <ol className="space-y-3">
        {themes.data.map((theme) => (
          <li key={theme.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <p className="text-sm text-slate-600">
                  {format.date(theme.next.startsOn)} – {format.date(theme.next.endsOn)} ·{' '}
                  {theme.recurrence === 'yearly' ? t('themes.yearly') : t('themes.once')}
                </p>
                <h2 className="font-semibold text-slate-900">
                  {isEnglish ? theme.nameEn : theme.nameNl}{' '}
                  {theme.isCurrent && <Badge tone="amber">{t('themes.now')}</Badge>}
                </h2>
                <p className="text-sm text-slate-700">
                  {isEnglish ? theme.descriptionEn : theme.descriptionNl}
                </p>
                <p className="mt-1 text-sm text-slate-600">
                  {theme.learning.length
                    ? theme.learning.map((item) => item.title).join(', ')
                    : t('themes.noLearning')}
                </p>
              </div>
              <div className="flex gap-2">
                <Button variant="secondary" onClick={() => setEditing(theme)}>
                  {t('themes.edit')}
                </Button>
                <Button variant="ghost" onClick={() => remove.mutate(theme.id)}>
                  {t('editor.remove')}
                </Button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      {editing && <ThemeDialog theme={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
