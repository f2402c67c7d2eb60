import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Tone = 'neutral' | 'green' | 'amber' | 'red' | 'blue' | 'violet';
const tones: Record<Tone, string> = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-200',
  green: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  amber: 'bg-amber-50 text-amber-800 ring-amber-200',
  red: 'bg-red-50 text-red-800 ring-red-200',
  blue: 'bg-sky-50 text-sky-800 ring-sky-200',
  violet: 'bg-violet-50 text-violet-800 ring-violet-200',
};

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${tones[tone]}`}
    >
      {children}
    </span>
  );
}

const statusTones: Record<string, Tone> = { active: 'green', leaving: 'amber', left: 'neutral' };
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Badge tone={statusTones[status] ?? 'neutral'}>{t(`person.status.${status}`)}</Badge>;
}

const accountTones: Record<string, Tone> = { none: 'neutral', invited: 'blue', active: 'green' };
export function AccountBadge({ account }: { account: string }) {
  const { t } = useTranslation();
  return <Badge tone={accountTones[account] ?? 'neutral'}>{t(`person.account.${account}`)}</Badge>;
}

export function Avatar({ name, size = 'md' }: { name: string; size?: 'sm' | 'md' | 'lg' }) {
  const initials = name
    .split(/\s+/)
    .filter((part) => part && part[0] === part[0]?.toUpperCase())
    .map((part) => part[0])
    .filter(Boolean)
    .slice(0, 2)
    .join('');
  const sizes = { sm: 'size-8 text-xs', md: 'size-10 text-sm', lg: 'size-14 text-lg' };
  // The initials are drawn by CSS, not written as text: a button holding an avatar (the user menu) is
  // then named by its own words alone (axe's label-content-name-mismatch counts hidden text too).
  return (
    <span
      aria-hidden="true"
      data-initials={initials}
      className={`inline-flex shrink-0 items-center justify-center rounded-full bg-teal-100 font-semibold text-teal-800 before:content-[attr(data-initials)] ${sizes[size]}`}
    />
  );
}
