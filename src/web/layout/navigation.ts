import type { Me } from '../api/client.ts';
import { can, hasAdminSection, isManager } from '../lib/permissions.ts';

export type NavItem = { to: string; labelKey: string; isExact?: boolean };
export type NavSection = { id: string; titleKey: string; items: NavItem[] };

/**
 * The sections a person sees, by role and permission (the API still checks every request). Ordered
 * like the product: my own growth first, then my team, the organisation, and the admin work.
 */
export function navigationFor(me: Me): NavSection[] {
  const mine: NavItem[] = [
    { to: '/', labelKey: 'nav.home', isExact: true },
    { to: '/development/plan', labelKey: 'nav.myPlan' },
  ];
  if (can(me, 'catalogue.read')) {
    mine.push({ to: '/learning', labelKey: 'nav.myLearning', isExact: true });
    mine.push({ to: '/learning/catalogue', labelKey: 'nav.catalogue' });
    mine.push({ to: '/workshops', labelKey: 'nav.workshops' });
    mine.push({ to: '/programmes', labelKey: 'nav.programmes' });
    mine.push({ to: '/knowledge', labelKey: 'nav.knowledge' });
  }
  mine.push({ to: '/feedback', labelKey: 'nav.feedback' });
  mine.push({ to: '/surveys', labelKey: 'nav.mySurveys', isExact: true });
  if (can(me, 'skills.read')) {
    mine.push({ to: '/skills', labelKey: 'nav.mySkills', isExact: true });
    mine.push({ to: '/skills/career', labelKey: 'nav.career' });
    mine.push({ to: '/skills/requests', labelKey: 'nav.ratingRequests' });
  }
  mine.push({ to: '/onboarding', labelKey: 'nav.onboarding' });
  mine.push({ to: '/learning-time', labelKey: 'nav.learningTime' });
  mine.push({ to: '/workouts', labelKey: 'nav.workouts' });
  mine.push({ to: '/talent/mine', labelKey: 'nav.talentMine' });
  mine.push({ to: '/recognition', labelKey: 'nav.recognition', isExact: true });
  mine.push({ to: '/recognition/challenges', labelKey: 'nav.challenges' });
  mine.push({ to: '/credentials', labelKey: 'nav.myCredentials', isExact: true });
  mine.push({ to: '/development/conversations', labelKey: 'nav.conversations' });
  mine.push({ to: '/development/budget', labelKey: 'nav.myBudget' });
  mine.push({ to: '/insight/me', labelKey: 'nav.myGrowth' });
  mine.push({ to: '/profile', labelKey: 'nav.profile' });
  mine.push({ to: '/privacy', labelKey: 'nav.myData' });
  const sections: NavSection[] = [{ id: 'development', titleKey: 'nav.development', items: mine }];

  if (isManager(me)) {
    sections.push({
      id: 'team',
      titleKey: 'nav.team',
      items: [
        { to: '/team', labelKey: 'nav.myTeam', isExact: true },
        { to: '/development/team', labelKey: 'nav.teamDevelopment' },
        { to: '/team/learning', labelKey: 'nav.teamLearning' },
        { to: '/team/moment', labelKey: 'nav.teamMoment' },
        { to: '/team/learning-time', labelKey: 'nav.teamLearningTime' },
        { to: '/skills/team', labelKey: 'nav.skillsMatrix' },
        { to: '/development/approvals', labelKey: 'nav.approvals' },
        { to: '/recognition/team', labelKey: 'nav.teamRecognition' },
        { to: '/insight/team', labelKey: 'nav.teamInsight' },
        { to: '/surveys/learning-zone', labelKey: 'nav.learningZone' },
        { to: '/talent', labelKey: 'nav.talentReviews', isExact: true },
      ],
    });
  }

  const organisation: NavItem[] = [
    { to: '/direction', labelKey: 'nav.whyAndWhat', isExact: true },
    { to: '/goals', labelKey: 'nav.goals' },
    { to: '/consultations', labelKey: 'nav.consultations' },
    { to: '/people', labelKey: 'nav.people' },
    { to: '/organisation', labelKey: 'nav.orgChart' },
  ];
  if (can(me, 'skills.read')) organisation.push({ to: '/skills/mentors', labelKey: 'nav.mentors' });
  sections.push({ id: 'organisation', titleKey: 'nav.organisation', items: organisation });

  const talent: NavItem[] = [];
  if (can(me, 'catalogue.manage')) {
    talent.push({ to: '/admin/catalogue', labelKey: 'nav.catalogueAdmin' });
    talent.push({ to: '/admin/lrs', labelKey: 'nav.lrs' });
    talent.push({ to: '/admin/lti', labelKey: 'nav.ltiTools' });
    talent.push({ to: '/campaigns', labelKey: 'nav.campaigns', isExact: true });
    talent.push({ to: '/campaigns/themes', labelKey: 'nav.themes' });
    talent.push({ to: '/campaigns/settings', labelKey: 'nav.campaignSettings' });
  }
  if (can(me, 'catalogue.manage') || me.roles.includes('coach'))
    talent.push({ to: '/coach-tips', labelKey: 'nav.coachTips' });
  if (can(me, 'catalogue.manage') || can(me, 'people.manage'))
    talent.push({ to: '/admin/onboarding', labelKey: 'nav.onboardingAdmin' });
  if (can(me, 'skills.manage')) {
    talent.push({ to: '/skills/framework', labelKey: 'nav.skillFramework' });
    talent.push({ to: '/skills/roles', labelKey: 'nav.jobRoles' });
  }
  if (can(me, 'skills.insight')) {
    talent.push({ to: '/skills/organisation', labelKey: 'nav.skillGaps' });
    if (!isManager(me)) talent.push({ to: '/skills/team', labelKey: 'nav.skillsMatrix' });
  }
  if (can(me, 'development.manage')) {
    talent.push({ to: '/development/plans', labelKey: 'nav.plansOverview' });
    talent.push({ to: '/development/cycles', labelKey: 'nav.cycles' });
    talent.push({ to: '/development/budgets', labelKey: 'nav.budgetsAdmin' });
    talent.push({ to: '/development/approvals', labelKey: 'nav.hrApprovals' });
    if (!isManager(me)) talent.push({ to: '/talent', labelKey: 'nav.talentReviews', isExact: true });
  }
  if (can(me, 'recognition.manage')) talent.push({ to: '/recognition/badges', labelKey: 'nav.badgesAdmin' });
  if (can(me, 'surveys.manage')) {
    talent.push({ to: '/surveys/manage', labelKey: 'nav.surveysAdmin' });
    if (!isManager(me)) talent.push({ to: '/surveys/learning-zone', labelKey: 'nav.learningZone' });
  }
  if (can(me, 'credentials.manage'))
    talent.push({ to: '/credentials/manage', labelKey: 'nav.credentialsAdmin' });
  if (can(me, 'insight.organisation'))
    talent.push({ to: '/insight/organisation', labelKey: 'nav.organisationInsight' });
  if (can(me, 'direction.manage')) talent.push({ to: '/direction/manage', labelKey: 'nav.directionEditor' });
  if (can(me, 'announcements.manage')) talent.push({ to: '/announcements', labelKey: 'nav.announcements' });
  if (talent.length) sections.push({ id: 'talent', titleKey: 'nav.talent', items: talent });

  if (hasAdminSection(me)) {
    const admin: NavItem[] = [];
    if (can(me, 'people.manage')) admin.push({ to: '/admin/import', labelKey: 'nav.import' });
    if (can(me, 'people.manage')) admin.push({ to: '/admin/privacy', labelKey: 'nav.privacyAdmin' });
    if (can(me, 'roles.grant_owner'))
      admin.push({ to: '/admin/organisation-export', labelKey: 'nav.organisationExport' });
    if (can(me, 'outbox.read')) admin.push({ to: '/admin/outbox', labelKey: 'nav.outbox' });
    if (can(me, 'audit.read')) admin.push({ to: '/admin/audit', labelKey: 'nav.audit' });
    if (can(me, 'api_tokens.manage')) admin.push({ to: '/admin/api-tokens', labelKey: 'nav.apiTokens' });
    if (can(me, 'organisation.manage')) admin.push({ to: '/admin/settings', labelKey: 'nav.settings' });
    if (can(me, 'sso.manage')) admin.push({ to: '/admin/sso', labelKey: 'nav.sso' });
    if (admin.length) sections.push({ id: 'admin', titleKey: 'nav.admin', items: admin });
  }
  return sections;
}
