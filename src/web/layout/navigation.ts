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
        ...(can(me, 'skills.read')
          ? [
              { to: '/skills', labelKey: 'nav.mySkills', isExact: true },
              { to: '/skills/career', labelKey: 'nav.career' },
              { to: '/skills/requests', labelKey: 'nav.ratingRequests' },
              { to: '/skills/mentors', labelKey: 'nav.mentors' },
            ]
          : []),
        { to: '/direction', labelKey: 'nav.whyAndWhat', isExact: true },
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
        { to: '/skills/team', labelKey: 'nav.skillsMatrix' },
      ],
    });
  }
  sections.push({
    id: 'organisation',
    titleKey: 'nav.organisation',
    items: [
      { to: '/people', labelKey: 'nav.people' },
      { to: '/organisation', labelKey: 'nav.orgChart' },
      { to: '/goals', labelKey: 'nav.goals' },
      { to: '/consultations', labelKey: 'nav.consultations' },
    ],
  });
  if (can(me, 'skills.manage') || can(me, 'skills.insight')) {
    const skills: NavItem[] = [];
    if (can(me, 'skills.manage')) skills.push({ to: '/skills/framework', labelKey: 'nav.skillFramework' });
    if (can(me, 'skills.manage')) skills.push({ to: '/skills/roles', labelKey: 'nav.jobRoles' });
    if (can(me, 'skills.insight')) skills.push({ to: '/skills/organisation', labelKey: 'nav.skillGaps' });
    if (can(me, 'skills.insight') && !isManager(me))
      skills.push({ to: '/skills/team', labelKey: 'nav.skillsMatrix' });
    sections.push({ id: 'skills', titleKey: 'nav.skills', items: skills });
  }
  if (hasAdminSection(me)) {
    const admin: NavItem[] = [];
    if (can(me, 'people.manage')) admin.push({ to: '/admin/import', labelKey: 'nav.import' });
    if (can(me, 'outbox.read')) admin.push({ to: '/admin/outbox', labelKey: 'nav.outbox' });
    if (can(me, 'audit.read')) admin.push({ to: '/admin/audit', labelKey: 'nav.audit' });
    if (can(me, 'api_tokens.manage')) admin.push({ to: '/admin/api-tokens', labelKey: 'nav.apiTokens' });
    if (can(me, 'organisation.manage')) admin.push({ to: '/admin/settings', labelKey: 'nav.settings' });
    if (can(me, 'direction.manage')) admin.push({ to: '/direction/manage', labelKey: 'nav.directionEditor' });
    if (can(me, 'announcements.manage')) admin.push({ to: '/announcements', labelKey: 'nav.announcements' });
    if (can(me, 'development.manage')) {
      admin.push({ to: '/development/cycles', labelKey: 'nav.cycles' });
      admin.push({ to: '/development/budgets', labelKey: 'nav.budgetsAdmin' });
      admin.push({ to: '/development/approvals', labelKey: 'nav.hrApprovals' });
    }
    sections.push({ id: 'admin', titleKey: 'nav.admin', items: admin });
  }
  return sections;
}
