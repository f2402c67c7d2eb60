import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuros, parseEuros } from '../../../shared/money.ts';
import { Button } from '../../components/button.tsx';
import { Checkbox, SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import {
  type EventSession,
  type EventView,
  eventQuery,
  type SessionBody,
  skillsForEventsQuery,
  useAddSession,
  useCancelSession,
  useChangeEvent,
  useChangeSession,
  useCreateEvent,
} from './queries.ts';

// The organiser's form: L&D for everyone, a manager for their own team. Times are entered in the
// browser's own time (datetime-local) and sent as instants.

type SessionDraft = {
  key: string;
  id: string | null;
  startsAt: string;
  endsAt: string;
  location: string;
  onlineUrl: string;
  trainerName: string;
  seats: string;
  signupDeadline: string;
};

const pad = (n: number) => String(n).padStart(2, '0');
const local = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const instant = (value: string) => (value ? new Date(value).toISOString() : '');

const newSession = (days: number): SessionDraft => {
  const start = new Date(Date.now() + days * 86_400_000);
  start.setHours(14, 0, 0, 0);
  const end = new Date(start.getTime() + 2 * 3_600_000);
  return {
    key: `new-${Date.now()}-${days}`,
    id: null,
    startsAt: local(start.toISOString()),
    endsAt: local(end.toISOString()),
    location: '',
    onlineUrl: '',
    trainerName: '',
    seats: '12',
    signupDeadline: '',
  };
};

const fromSession = (s: EventSession): SessionDraft => ({
  key: s.id,
  id: s.id,
  startsAt: local(s.startsAt),
  endsAt: local(s.endsAt),
  location: s.location ?? '',
  onlineUrl: s.onlineUrl ?? '',
  trainerName: s.trainer?.name ?? '',
  seats: String(s.seats),
  signupDeadline: local(s.signupDeadline),
});

const toBody = (d: SessionDraft): SessionBody => ({
  startsAt: instant(d.startsAt),
  endsAt: instant(d.endsAt),
  location: d.location.trim() || null,
  onlineUrl: d.onlineUrl.trim() || null,
  trainerName: d.trainerName.trim() || null,
  seats: Number(d.seats),
  signupDeadline: d.signupDeadline ? instant(d.signupDeadline) : null,
});

function SessionFields({
  draft,
  index,
  onChange,
}: {
  draft: SessionDraft;
  index: number;
  onChange: (patch: Partial<SessionDraft>) => void;
}) {
  const { t } = useTranslation('events');
  const n = index + 1;
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      <TextField
        label={t('form.startsAt', { n })}
        type="datetime-local"
        value={draft.startsAt}
        onChange={(e) => onChange({ startsAt: e.target.value })}
        required
      />
      <TextField
        label={t('form.endsAt', { n })}
        type="datetime-local"
        value={draft.endsAt}
        onChange={(e) => onChange({ endsAt: e.target.value })}
        required
      />
      <TextField
        label={t('form.location', { n })}
        hint={t('form.locationHint')}
        value={draft.location}
        onChange={(e) => onChange({ location: e.target.value })}
      />
      <TextField
        label={t('form.onlineUrl', { n })}
        type="url"
        value={draft.onlineUrl}
        onChange={(e) => onChange({ onlineUrl: e.target.value })}
      />
      <TextField
        label={t('form.trainer', { n })}
        value={draft.trainerName}
        onChange={(e) => onChange({ trainerName: e.target.value })}
      />
      <TextField
        label={t('form.seats', { n })}
        type="number"
        min={1}
        value={draft.seats}
        onChange={(e) => onChange({ seats: e.target.value })}
        required
      />
      <TextField
        label={t('form.deadline', { n })}
        hint={t('form.deadlineHint')}
        type="datetime-local"
        value={draft.signupDeadline}
        onChange={(e) => onChange({ signupDeadline: e.target.value })}
      />
    </div>
  );
}

function EventForm({ event }: { event: EventView | null }) {
  const { t, i18n } = useTranslation('events');
  const navigate = useNavigate();
  const skills = useQuery(skillsForEventsQuery());
  const create = useCreateEvent();
  const change = useChangeEvent(event?.id ?? '');
  const addSession = useAddSession(event?.id ?? '');
  const changeSession = useChangeSession();
  const cancelSession = useCancelSession();
  const [title, setTitle] = useState(event?.title ?? '');
  const [summary, setSummary] = useState(event?.summary ?? '');
  const [cost, setCost] = useState(event?.costCents ? formatEuros(event.costCents, i18n.language) : '');
  const [needsApproval, setNeedsApproval] = useState(event?.needsApproval ?? false);
  const [serves, setServes] = useState<string[]>(
    event?.serves.filter((s) => s.kind === 'skill').map((s) => s.id) ?? [],
  );
  const [sessions, setSessions] = useState<SessionDraft[]>(
    event ? event.sessions.filter((s) => !s.isCancelled).map(fromSession) : [newSession(14)],
  );
  const [costError, setCostError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const error =
    create.error ?? change.error ?? addSession.error ?? changeSession.error ?? cancelSession.error;
  const update = (key: string, patch: Partial<SessionDraft>) =>
    setSessions((all) => all.map((s) => (s.key === key ? { ...s, ...patch } : s)));

  const submit = async () => {
    setSaved(false);
    const costCents = cost.trim() ? parseEuros(cost) : null;
    if (cost.trim() && costCents === null) return setCostError(t('form.costInvalid'));
    setCostError(null);
    const fields = {
      language: (event?.language ?? (i18n.language === 'en' ? 'en' : 'nl')) as 'nl' | 'en',
      title,
      summary,
      costCents,
      needsApproval,
      serves: serves.map((id) => ({ kind: 'skill' as const, id })),
    };
    if (!event) {
      const made = (await create.mutateAsync({ ...fields, sessions: sessions.map(toBody) })) as EventView;
      return navigate({ to: '/workshops/$id', params: { id: made.id } });
    }
    await change.mutateAsync(fields);
    for (const draft of sessions)
      if (draft.id) await changeSession.mutateAsync({ id: draft.id, body: toBody(draft) });
      else await addSession.mutateAsync(toBody(draft));
    setSaved(true);
    return navigate({ to: '/workshops/$id', params: { id: event.id } });
  };

  const skillName = (s: { name: { nl: string; en: string } }) =>
    i18n.language === 'en' ? s.name.en : s.name.nl;
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit().catch(() => undefined);
      }}
    >
      <Card title={t('form.about')} titleId="event-about">
        <div className="space-y-3">
          <TextField
            label={t('form.title')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
          />
          <TextArea
            label={t('form.summary')}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            rows={3}
          />
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <TextField
              label={t('form.cost')}
              hint={t('form.costHint')}
              inputMode="decimal"
              value={cost}
              error={costError ? { field: 'costCents', message: costError } : undefined}
              onChange={(e) => setCost(e.target.value)}
            />
            <Checkbox
              label={t('form.needsApproval')}
              hint={t('form.needsApprovalHint')}
              checked={needsApproval || Boolean(cost.trim() && parseEuros(cost))}
              onChange={(e) => setNeedsApproval(e.target.checked)}
            />
          </div>
          <SelectField
            label={t('form.serves')}
            hint={t('form.servesHint')}
            multiple
            value={serves}
            onChange={(e) => setServes([...e.target.selectedOptions].map((o) => o.value))}
            className="h-32"
          >
            {(skills.data?.skills ?? []).map((skill) => (
              <option key={skill.id} value={skill.id}>
                {skillName(skill)}
              </option>
            ))}
          </SelectField>
        </div>
      </Card>
      <Card title={t('form.sessions')} titleId="event-sessions-form">
        <ol className="space-y-4">
          {sessions.map((draft, index) => (
            <li key={draft.key} className="space-y-2 rounded-lg border p-3">
              <SessionFields draft={draft} index={index} onChange={(patch) => update(draft.key, patch)} />
              {draft.id ? (
                <Button
                  variant="ghost"
                  onClick={async () => {
                    await cancelSession.mutateAsync(draft.id!);
                    setSessions((all) => all.filter((s) => s.key !== draft.key));
                  }}
                >
                  {t('form.cancelSession', { n: index + 1 })}
                </Button>
              ) : (
                sessions.length > 1 && (
                  <Button
                    variant="ghost"
                    onClick={() => setSessions((all) => all.filter((s) => s.key !== draft.key))}
                  >
                    {t('form.removeSession', { n: index + 1 })}
                  </Button>
                )
              )}
            </li>
          ))}
        </ol>
        <Button
          className="mt-3"
          variant="secondary"
          onClick={() => setSessions((all) => [...all, newSession(14 + 7 * all.length)])}
        >
          {t('form.addSession')}
        </Button>
      </Card>
      <FormErrorRegion error={error} />
      {saved && <p role="status">{t('form.saved')}</p>}
      <Button type="submit" isBusy={create.isPending || change.isPending}>
        {event ? t('form.save') : t('form.create')}
      </Button>
    </form>
  );
}

/** A new workshop (L&D for everyone, a manager for their team). */
export function NewEventPage() {
  const { t } = useTranslation('events');
  return (
    <div className="space-y-4">
      <PageHeader title={t('form.newTitle')} description={t('form.intro')} eyebrow={t('list.title')} />
      <EventForm event={null} />
    </div>
  );
}

/** Change a workshop and its sessions. */
export function EditEventPage() {
  const { t } = useTranslation('events');
  const { id } = useParams({ from: '/_app/workshops/$id/edit' });
  const event = useQuery(eventQuery(id));
  if (event.isPending) return <Loading />;
  if (event.isError) return <QueryError error={event.error} />;
  return (
    <div className="space-y-4">
      <PageHeader title={t('form.editTitle', { title: event.data.title })} eyebrow={t('list.title')} />
      <EventForm event={event.data} />
    </div>
  );
}
