import * as Dialog from '@radix-ui/react-dialog';
import * as Menu from '@radix-ui/react-dropdown-menu';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate } from '@tanstack/react-router';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken, unwrap } from '../api/client.ts';
import { Avatar, Badge } from '../components/badge.tsx';
import { NotificationBell } from '../features/direction/index.ts';
import { meQueryKey, useMe } from '../lib/session.tsx';
import { Logo, SkipLink } from './brand.tsx';
import { navigationFor } from './navigation.ts';

function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <div className="space-y-6">
      {navigationFor(me).map((section) => (
        <div key={section.id}>
          <h2
            id={`nav-${section.id}`}
            className="px-3 text-xs font-semibold uppercase tracking-wider text-slate-500"
          >
            {t(section.titleKey)}
          </h2>
          <ul aria-labelledby={`nav-${section.id}`} className="mt-2 space-y-0.5">
            {section.items.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  activeOptions={{ exact: item.isExact ?? false }}
                  onClick={onNavigate}
                  className="block rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 data-[status=active]:bg-teal-50 data-[status=active]:text-teal-800"
                >
                  {t(item.labelKey)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    // Ends the session; after single sign-on the IdP may want the browser too (RP-initiated logout).
    mutationFn: () => unwrap(api.POST('/api/v1/sso/sign-out')),
    onSettled: async (answer) => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
      if (answer?.idpLogoutUrl) window.location.assign(answer.idpLogoutUrl);
      else await navigate({ to: '/sign-in' });
    },
  });
  return (
    <Menu.Root>
      <Menu.Trigger
        aria-label={t('userMenu.open', { name: me.person.displayName })}
        className="flex items-center gap-2 rounded-full p-0.5 pr-2 hover:bg-slate-100"
      >
        <Avatar name={me.person.displayName} size="sm" />
        <span className="hidden text-sm font-medium text-slate-800 sm:inline">{me.person.givenName}</span>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-56 rounded-lg border border-slate-200 bg-white p-1 shadow-lg"
        >
          <div className="px-3 py-2">
            <p className="text-sm font-medium text-slate-900">{me.person.displayName}</p>
            <p className="truncate text-xs text-slate-600">{me.person.email}</p>
          </div>
          <Menu.Separator className="my-1 h-px bg-slate-200" />
          <Menu.Item asChild>
            <Link
              to="/profile"
              className="block rounded-md px-3 py-2 text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100"
            >
              {t('nav.profile')}
            </Link>
          </Menu.Item>
          <Menu.Item
            onSelect={() => signOut.mutate()}
            className="cursor-pointer rounded-md px-3 py-2 text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100"
          >
            {t('userMenu.signOut')}
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const pathname = useLocation({ select: (location) => location.pathname });
  const previousPath = useRef(pathname);

  // After client-side navigation, move focus to the new page so screen readers start there.
  useEffect(() => {
    if (previousPath.current !== pathname) {
      previousPath.current = pathname;
      mainRef.current?.focus();
    }
  }, [pathname]);

  return (
    <div className="min-h-screen">
      <SkipLink />
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div className="flex h-14 items-center gap-3 px-4 lg:px-6">
          <Dialog.Root open={isMenuOpen} onOpenChange={setIsMenuOpen}>
            <Dialog.Trigger className="-ml-1 rounded-md p-2 text-slate-700 hover:bg-slate-100 lg:hidden">
              <span className="sr-only">{t('nav.openMenu')}</span>
              <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
                <path d="M2 4.75A.75.75 0 0 1 2.75 4h14.5a.75.75 0 0 1 0 1.5H2.75A.75.75 0 0 1 2 4.75Zm0 5.25a.75.75 0 0 1 .75-.75h14.5a.75.75 0 0 1 0 1.5H2.75A.75.75 0 0 1 2 10Zm.75 4.5a.75.75 0 0 0 0 1.5h14.5a.75.75 0 0 0 0-1.5H2.75Z" />
              </svg>
            </Dialog.Trigger>
            <Dialog.Portal>
              <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40 lg:hidden" />
              <Dialog.Content className="fixed inset-y-0 left-0 z-50 w-72 max-w-[85vw] overflow-y-auto bg-white p-4 shadow-xl focus:outline-none lg:hidden">
                <div className="mb-6 flex items-center justify-between">
                  <Dialog.Title asChild>
                    <div>
                      <Logo />
                    </div>
                  </Dialog.Title>
                  <Dialog.Description className="sr-only">{t('nav.label')}</Dialog.Description>
                  <Dialog.Close className="rounded-md p-2 text-slate-600 hover:bg-slate-100">
                    <span className="sr-only">{t('nav.closeMenu')}</span>
                    <span aria-hidden="true">✕</span>
                  </Dialog.Close>
                </div>
                <nav aria-label={t('nav.label')}>
                  <Navigation onNavigate={() => setIsMenuOpen(false)} />
                </nav>
              </Dialog.Content>
            </Dialog.Portal>
          </Dialog.Root>
          <Link to="/" aria-label={t('nav.homeLink')} className="rounded-md">
            <Logo />
          </Link>
          <span className="hidden truncate text-sm text-slate-500 md:inline">{me.organisation.name}</span>
          {me.organisation.isDemo && (
            <span title={t('header.demoHint')}>
              <Badge tone="amber">{t('header.demo')}</Badge>
            </span>
          )}
          <div className="ml-auto flex items-center gap-1">
            <NotificationBell />
            <UserMenu />
          </div>
        </div>
      </header>
      <div className="lg:flex lg:min-h-[calc(100vh-3.5rem)]">
        <div className="hidden w-64 shrink-0 border-r border-slate-200 bg-white lg:block">
          <nav
            aria-label={t('nav.label')}
            className="sticky top-14 h-[calc(100vh-3.5rem)] overflow-y-auto px-3 py-6"
          >
            <Navigation />
          </nav>
        </div>
        <main
          id="main"
          ref={mainRef}
          tabIndex={-1}
          className="min-w-0 flex-1 px-4 py-6 focus:outline-none sm:px-6 lg:px-10 lg:py-8"
        >
          <div className="mx-auto max-w-6xl">{children}</div>
        </main>
      </div>
    </div>
  );
}
