import * as Menu from '@radix-ui/react-dropdown-menu';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useFormat } from '../../components/format.ts';
import { directionKeys, useNotifications } from './api.ts';

type Digest = 'off' | 'daily' | 'weekly';

/** The bell in the app shell: my in-app notifications of every module, and my e-mail digest choice. */
export function NotificationBell() {
  const { t } = useTranslation('direction');
  const format = useFormat();
  const queryClient = useQueryClient();
  const notifications = useNotifications();
  const preferences = useQuery({
    queryKey: ['notifications', 'preferences'],
    queryFn: () => unwrap(api.GET('/api/v1/notifications/preferences')),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: directionKeys.notifications });
  const markRead = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const markAll = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/notifications/read-all')),
    onSuccess: refresh,
  });
  const setDigest = useMutation({
    mutationFn: (emailDigest: Digest) =>
      unwrap(api.PUT('/api/v1/notifications/preferences', { body: { emailDigest } })),
    onSuccess: (data) => queryClient.setQueryData(['notifications', 'preferences'], data),
  });
  const unread = notifications.data?.unread ?? 0;
  return (
    <Menu.Root>
      <Menu.Trigger
        aria-label={t('bell.open', { count: unread })}
        className="relative rounded-full p-2 text-slate-700 hover:bg-slate-100"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 8 3 8H3s3-1 3-8" />
          <path d="M10.3 20a1.9 1.9 0 0 0 3.4 0" />
        </svg>
        {unread > 0 && (
          <span
            aria-hidden="true"
            className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold text-white"
          >
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          align="end"
          sideOffset={6}
          className="z-50 w-80 max-w-[95vw] rounded-lg border border-slate-200 bg-white p-1 shadow-lg"
        >
          <div className="flex items-center justify-between px-3 py-2">
            <p className="text-sm font-semibold text-slate-900">{t('bell.title')}</p>
            {unread > 0 && (
              <button
                type="button"
                className="text-xs font-medium text-teal-700 hover:underline"
                onClick={() => markAll.mutate()}
              >
                {t('bell.markAll')}
              </button>
            )}
          </div>
          <Menu.Separator className="my-1 h-px bg-slate-200" />
          {(notifications.data?.items ?? []).length === 0 ? (
            <p className="px-3 py-4 text-sm text-slate-600">{t('bell.empty')}</p>
          ) : (
            <div className="max-h-96 overflow-y-auto">
              {notifications.data!.items.map((item) => (
                <Menu.Item key={item.id} asChild onSelect={() => !item.isRead && markRead.mutate(item.id)}>
                  <Link
                    to={item.link ?? '/'}
                    className={`block rounded-md px-3 py-2 text-sm outline-none data-[highlighted]:bg-slate-100 ${item.isRead ? 'text-slate-600' : 'font-medium text-slate-900'}`}
                  >
                    <span className="block">{item.title}</span>
                    {item.body && (
                      <span className="line-clamp-2 block text-xs font-normal text-slate-600">
                        {item.body}
                      </span>
                    )}
                    <span className="block text-xs font-normal text-slate-500">
                      {format.dateTime(item.createdAt)}
                    </span>
                  </Link>
                </Menu.Item>
              ))}
            </div>
          )}
          <Menu.Separator className="my-1 h-px bg-slate-200" />
          <Menu.RadioGroup
            value={preferences.data?.emailDigest ?? 'daily'}
            onValueChange={(value) => setDigest.mutate(value as Digest)}
          >
            <Menu.Label className="px-3 pt-1 text-xs font-semibold text-slate-500">
              {t('bell.digest')}
            </Menu.Label>
            {(['daily', 'weekly', 'off'] as const).map((option) => (
              <Menu.RadioItem
                key={option}
                value={option}
                onSelect={(e) => e.preventDefault()}
                className="flex cursor-pointer items-center gap-2 rounded-md px-3 py-1.5 text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100"
              >
                <span className="w-3">
                  <Menu.ItemIndicator>✓</Menu.ItemIndicator>
                </span>
                {t(`bell.digestOptions.${option}`)}
              </Menu.RadioItem>
            ))}
          </Menu.RadioGroup>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
