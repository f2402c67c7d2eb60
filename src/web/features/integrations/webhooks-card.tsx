import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Checkbox, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { SecretDialog } from './secret-dialog.tsx';

type Subscription = Schemas['WebhookSubscription'];
type EventType = Subscription['events'][number];
const eventTypes: EventType[] = [
  'person.created',
  'person.changed',
  'person.left',
  'enrolment.completed',
  'certificate.issued',
  'plan.agreed',
  'budget_request.decided',
  'conversation.signed',
];
const key = ['integrations', 'webhooks'] as const;
const tones = { pending: 'amber', delivered: 'green', failed: 'red' } as const;

function DeliveryLog({ subscription }: { subscription: Subscription }) {
  const { t } = useTranslation('integrations');
  const format = useFormat();
  const queryClient = useQueryClient();
  const logKey = [...key, subscription.id, 'deliveries'];
  const log = useQuery({
    queryKey: logKey,
    queryFn: () =>
      unwrap(api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id: subscription.id } } })),
  });
  const redeliver = useMutation({
    mutationFn: (deliveryId: string) =>
      unwrap(
        api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', {
          params: { path: { id: subscription.id, deliveryId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  if (log.isPending) return <Loading />;
  if (log.isError) return <QueryError error={log.error} />;
  if (log.data.length === 0) return <p className="text-sm text-slate-600">{t('webhooks.noDeliveries')}</p>;
  return (
    <table className="mt-2 w-full text-left text-sm">
      <caption className="sr-only">{t('webhooks.log', { host: subscription.host })}</caption>
      <thead className="text-xs text-slate-600">
        <tr>
          <th scope="col" className="py-1 pr-3 font-medium">
            {t('webhooks.when')}
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            {t('webhooks.event')}
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            {t('webhooks.status')}
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            {t('webhooks.attempts')}
          </th>
          <th scope="col" className="py-1 font-medium">
            <span className="sr-only">{t('webhooks.redeliver')}</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {log.data.map((delivery) => (
          <tr key={delivery.id}>
            <td className="py-1.5 pr-3">{format.dateTime(delivery.createdAt)}</td>
            <td className="py-1.5 pr-3">
              <code>{delivery.eventType}</code>
            </td>
            <td className="py-1.5 pr-3">
              <Badge tone={tones[delivery.status]}>{t(`webhooks.states.${delivery.status}`)}</Badge>
              {delivery.lastError && (
                <span className="ml-2 text-xs text-slate-600">{delivery.lastError}</span>
              )}
            </td>
            <td className="py-1.5 pr-3">{delivery.attempts}</td>
            <td className="py-1.5 text-right">
              <Button
                variant="secondary"
                onClick={() => redeliver.mutate(delivery.id)}
                isBusy={redeliver.isPending && redeliver.variables === delivery.id}
              >
                {t('webhooks.redeliver')}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SubscriptionRow({ subscription }: { subscription: Subscription }) {
  const { t } = useTranslation('integrations');
  const queryClient = useQueryClient();
  const [isOpen, setIsOpen] = useState(false);
  const toggle = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/v1/webhooks/{id}', {
          params: { path: { id: subscription.id } },
          body: { isEnabled: !subscription.isEnabled },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id: subscription.id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  return (
    <li className="px-3 py-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-slate-900">{subscription.description || subscription.host}</span>
        <code className="text-xs text-slate-600">{subscription.host}</code>
        <Badge tone={subscription.isEnabled ? 'green' : 'red'}>
          {t(subscription.isEnabled ? 'webhooks.on' : 'webhooks.off')}
        </Badge>
        <span className="text-xs text-slate-600">
          {t('webhooks.counts', {
            delivered: subscription.counts.delivered,
            pending: subscription.counts.pending,
            failed: subscription.counts.failed,
          })}
        </span>
        <div className="ml-auto flex gap-2">
          <Button variant="secondary" aria-expanded={isOpen} onClick={() => setIsOpen(!isOpen)}>
            {t(isOpen ? 'webhooks.hideLog' : 'webhooks.showLog')}
          </Button>
          <Button variant="secondary" onClick={() => toggle.mutate()} isBusy={toggle.isPending}>
            {t(subscription.isEnabled ? 'webhooks.switchOff' : 'webhooks.switchOn')}
          </Button>
          <Button
            variant="secondary"
            className="text-red-700"
            onClick={() => remove.mutate()}
            isBusy={remove.isPending}
          >
            {t('webhooks.delete')}
          </Button>
        </div>
      </div>
      <p className="mt-1 text-xs text-slate-600">
        {subscription.events.map((e) => t(`events.${e}`)).join(' · ')}
      </p>
      {!subscription.isEnabled && subscription.disabledReason && (
        <p className="mt-1 text-sm text-red-700">
          {t('webhooks.disabledBecause', { reason: subscription.disabledReason })}
        </p>
      )}
      {isOpen && <DeliveryLog subscription={subscription} />}
    </li>
  );
}

/** Webhooks: subscribe an address to events; each subscription's delivery log with redelivery. */
export function WebhooksCard() {
  const { t } = useTranslation('integrations');
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<EventType[]>(['person.created']);
  const [secret, setSecret] = useState<string | null>(null);
  const list = useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/v1/webhooks')) });
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/webhooks', { body: { url, description, events } })),
    onSuccess: async (created) => {
      setUrl('');
      setDescription('');
      setSecret(created.secret);
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const errors = fieldErrorsOf(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Card title={t('webhooks.title')} titleId="webhooks-title">
      <p className="text-sm text-slate-600">{t('webhooks.intro')}</p>
      {list.isPending && <Loading />}
      {list.isError && <QueryError error={list.error} />}
      {list.data &&
        (list.data.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">{t('webhooks.none')}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100 rounded-lg border border-slate-200">
            {list.data.map((subscription) => (
              <SubscriptionRow key={subscription.id} subscription={subscription} />
            ))}
          </ul>
        ))}
      <form onSubmit={submit} noValidate className="mt-6 space-y-4">
        <h3 className="text-sm font-semibold text-slate-900">{t('webhooks.add')}</h3>
        <FormErrorRegion error={create.error} shownFields={['url', 'description', 'events']} />
        <TextField
          label={t('webhooks.url')}
          hint={t('webhooks.urlHint')}
          type="url"
          required
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          error={errors.url}
        />
        <TextField
          label={t('webhooks.description')}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={errors.description}
        />
        <fieldset className="space-y-2">
          <legend className="mb-1 text-sm font-medium text-slate-800">{t('webhooks.events')}</legend>
          {eventTypes.map((type) => (
            <Checkbox
              key={type}
              label={t(`events.${type}`)}
              hint={type}
              checked={events.includes(type)}
              onChange={(event) =>
                setEvents(event.target.checked ? [...events, type] : events.filter((held) => held !== type))
              }
            />
          ))}
          {errors.events && <p className="text-sm font-medium text-red-700">{t('webhooks.chooseEvent')}</p>}
        </fieldset>
        <Button type="submit" isBusy={create.isPending}>
          {t('webhooks.subscribe')}
        </Button>
      </form>
      <SecretDialog secret={secret} onClose={() => setSecret(null)} />
    </Card>
  );
}
