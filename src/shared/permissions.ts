/** Every permission and what it opens. A module adds its own lines here and grants
 * them to roles in src/server/modules/access/access.policy.ts. Shared so the web app knows them too. */
export const permissions = {
  'people.read': 'directory: names, job titles, units, managers',
  'people.read_hr': 'HR fields of anyone: employee number, dates, status, roles, sign-in',
  'people.manage': 'create, edit, deactivate, invite, import, export',
  'roles.grant_owner': 'make someone owner or take it away',
  'org_units.manage': 'the unit tree',
  'organisation.manage': 'name, default language, settings',
  'api_tokens.manage': 'tokens for integrations',
  'audit.read': 'the audit log',
  'outbox.read': 'e-mail sent by the app',
  'skills.read': "the skill framework, job roles, career paths, mentors; one's own skills map",
  'skills.manage': 'framework: categories, skills, scale, imports; job roles and career paths',
  'skills.insight': "anyone's skills, any team matrix, organisation gaps, evidence ratings",
  'direction.read': 'mission, values, competencies, goals (not confidential ones), announcements',
  'direction.manage': 'write statements, values, competencies, organisation goals; all team goals',
  'goals.read_confidential': 'goals marked confidential to management',
  'consultations.manage': 'open, reply to and close consultations; see who responded (not anonymous)',
  'announcements.manage': 'write, schedule and target announcements; see read receipts',
  'catalogue.read': 'browse, search, enrol, learn',
  'catalogue.manage': 'author content, courses, paths; audience rules; ratings overview',
  'learning.assign': 'assign learning (managers: to their reports; L&D: to anyone)',
  'knowledge.moderate':
    'knowledge space: hide and restore posts with a reason, see reports, open topic spaces (ambassadors)',
  'development.manage':
    "HR: every plan's status and shared plans, budgets, cycles, HR approvals, finance export",
  'recognition.manage': 'badges, organisation-wide challenges, the leaderboard switch',
  'credentials.manage': 'the Open Badges credentials of the organisation: list and revoke',
  'sso.manage': 'single sign-on: identity provider, claim mapping, SSO optional or required (owner)',
  'insight.organisation':
    'organisation dashboards: learning, goal coverage, retention and cost; the hourly rate',
  'surveys.manage':
    'pulse surveys and the Learning Zone check: build, send, results of groups above the anonymity threshold',
} as const;
export type Permission = keyof typeof permissions;
export const allPermissions = Object.keys(permissions) as Permission[];
