import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../components/button.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card } from '../../components/page.tsx';
import { type Programme, useAddSession, useAddTrack, useUpdateProgramme } from './queries.ts';

// L&D builds a programme: adds sessions and publishes it (split from pages.tsx by use case).

const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');
const _dayOf = (iso: string, language: string) =>
  new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(iso),
  );
const _timeOf = (iso: string, language: string) =>
  new Intl.DateTimeFormat(localeOf(language), { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
const _dateOf = (date: string, language: string) =>
  new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${date}T12:00:00Z`),
  );

const sessionSchema = z.object({
  trackId: z.string().min(1),
  format: z.enum(['talk', 'panel', 'workshop']),
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(1000),
  startsAt: z.string().min(1),
  endsAt: z.string().min(1),
  location: z.string().trim().max(200),
  seats: z.number().int().min(1).max(10000),
  speaker: z.string().trim().max(200),
  speakerKind: z.enum(['internal', 'external']),
});

export function AddSession({ programme }: { programme: Programme }) {
  const { t, i18n } = useTranslation('programmes');
  const add = useAddSession(programme.id);
  const form = useZodForm(sessionSchema, {
    defaultValues: {
      trackId: programme.tracks[0]?.id ?? '',
      format: 'workshop',
      title: '',
      summary: '',
      startsAt: `${programme.startsOn}T10:00`,
      endsAt: `${programme.startsOn}T11:00`,
      location: '',
      seats: 20,
      speaker: '',
      speakerKind: 'internal',
    },
  });
  return (
    <Card title={t('build.session')} titleId="programme-add-session">
      <Form
        form={form}
        aria-label={t('build.session')}
        onSubmit={async (values) => {
          await add.mutateAsync({
            trackId: values.trackId,
            format: values.format,
            language: i18n.language === 'en' ? 'en' : 'nl',
            title: values.title,
            summary: values.summary,
            startsAt: new Date(values.startsAt).toISOString(),
            endsAt: new Date(values.endsAt).toISOString(),
            location: values.location || null,
            seats: values.seats,
            speakers: values.speaker ? [{ name: values.speaker, kind: values.speakerKind }] : [],
          });
          form.reset({ ...values, title: '', summary: '', speaker: '' });
        }}
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField name="trackId" label={t('build.track')}>
            {programme.tracks.map((track) => (
              <option key={track.id} value={track.id}>
                {track.name}
              </option>
            ))}
          </SelectField>
          <SelectField name="format" label={t('build.format')}>
            {(['talk', 'panel', 'workshop'] as const).map((format) => (
              <option key={format} value={format}>
                {t(`format.${format}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField name="title" label={t('build.sessionTitle')} />
        <TextAreaField name="summary" label={t('build.summary')} rows={2} />
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField name="startsAt" type="datetime-local" label={t('build.startsAt')} />
          <TextField name="endsAt" type="datetime-local" label={t('build.endsAt')} />
          <TextField name="seats" type="number" label={t('build.seats')} />
        </div>
        <TextField name="location" label={t('build.location')} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField name="speaker" label={t('build.speaker')} />
          <SelectField name="speakerKind" label={t('build.speakerKind')}>
            <option value="internal">{t('speaker.internal')}</option>
            <option value="external">{t('speaker.external')}</option>
          </SelectField>
        </div>
        <FormError />
        <SubmitButton>{t('build.addSession')}</SubmitButton>
      </Form>
    </Card>
  );
}

export function BuildTools({ programme }: { programme: Programme }) {
  const { t } = useTranslation('programmes');
  const update = useUpdateProgramme(programme.id);
  const addTrack = useAddTrack(programme.id);
  const [track, setTrack] = useState('');
  const [note, setNote] = useState(programme.recapNote);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <AddSession programme={programme} />
      <Card title={t('build.title')} titleId="programme-build">
        <div className="space-y-4">
          <div className="flex flex-wrap gap-2">
            <Button
              variant={programme.status === 'draft' ? 'primary' : 'secondary'}
              onClick={() => update.mutate({ status: programme.status === 'draft' ? 'published' : 'draft' })}
            >
              {programme.status === 'draft' ? t('build.publish') : t('build.unpublish')}
            </Button>
          </div>
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={async (event) => {
              event.preventDefault();
              await addTrack.mutateAsync({ name: track });
              setTrack('');
            }}
          >
            <label className="flex flex-col text-sm">
              {t('build.newTrack')}
              <input
                className="mt-1 rounded-md border border-slate-300 px-3 py-2"
                value={track}
                onChange={(event) => setTrack(event.target.value)}
              />
            </label>
            <Button type="submit" variant="secondary">
              {t('build.addTrack')}
            </Button>
          </form>
          <form
            className="space-y-2"
            onSubmit={(event) => {
              event.preventDefault();
              update.mutate({ recapNote: note });
            }}
          >
            <label className="flex flex-col text-sm">
              {t('build.recapNote')}
              <textarea
                className="mt-1 rounded-md border border-slate-300 px-3 py-2"
                rows={3}
                value={note}
                onChange={(event) => setNote(event.target.value)}
              />
            </label>
            <Button type="submit" variant="secondary">
              {t('build.saveNote')}
            </Button>
          </form>
          <FormErrorRegion error={update.error ?? addTrack.error} />
        </div>
      </Card>
    </div>
  );
}

/** One programme: tracks and sessions by day, my schedule with clash warnings, the calendar file, the recap. */
