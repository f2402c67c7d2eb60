import type { Me } from '../api/client.ts';
import { can, hasAdminSection, isManager } from '../app/session.tsx';

export type NavItem = { to: string; labelKey: string; isExact?: boolean };
export type NavSection = { id: string; titleKey: string; items: NavItem[] };

/** The sections a person sees, by role and permission (the API still checks every request). */
export function navigationFor(me: Me): NavSection[] {
  const sections: NavSection[] = [
    {
      id: 'development',
      titleKey: 'nav.development',
      items: [
        { to: '/', labelKey: 'nav.home', isExact: true },
        { to: '/profile', labelKey: 'nav.profile' },
        { to: '/development/plan', labelKey: 'nav.myPlan' },
        { to: '/development/conversations', labelKey: 'nav.conversations' },
        { to: '/development/budget', labelKey: 'nav.myBudget' },
      ],
    },
  ];
  if (isManager(me)) {
    sections.push({
      id: 'team',
      titleKey: 'nav.team',
      items: [
        { to: '/team', labelKey: 'nav.myTeam' },
        { to: '/development/team', labelKey: 'nav.teamDevelopment' },
        { to: '/development/approvals', labelKey: 'nav.approvals' },
      ],
    });
  }
  sections.push({
    id: 'organisation',
    titleKey: 'nav.organisation',
    items: [
      { to: '/people', labelKey: 'nav.people' },
      { to: '/organisation', labelKey: 'nav.orgChart' },
    ],
  });
  if (hasAdminSection(me)) {
    const admin: NavItem[] = [];
    if (can(me, 'people.manage')) admin.push({ to: '/admin/import', labelKey: 'nav.import' });
    if (can(me, 'outbox.read')) admin.push({ to: '/admin/outbox', labelKey: 'nav.outbox' });
    if (can(me, 'audit.read')) admin.push({ to: '/admin/audit', labelKey: 'nav.audit' });
    if (can(me, 'api_tokens.manage')) admin.push({ to: '/admin/api-tokens', labelKey: 'nav.apiTokens' });
    if (can(me, 'organisation.manage')) admin.push({ to: '/admin/settings', labelKey: 'nav.settings' });
    if (can(me, 'development.manage')) {
      admin.push({ to: '/development/plans', labelKey: 'nav.plansOverview' });
      admin.push({ to: '/development/cycles', labelKey: 'nav.cycles' });
      admin.push({ to: '/development/budgets', labelKey: 'nav.budgetsAdmin' });
      admin.push({ to: '/development/approvals', labelKey: 'nav.hrApprovals' });
    }
    sections.push({ id: 'admin', titleKey: 'nav.admin', items: admin });
  }
  return sections;
}
