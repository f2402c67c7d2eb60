import { AppError } from '../../http/errors.ts';
import type { Auth, Role } from './access.types.ts';

/** Every permission and what it opens. A module adds its own lines here and to the roles below. */
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
  'development.manage':
    "HR: every plan's status and shared plans, budgets, cycles, HR approvals, finance export",
} as const;
export type Permission = keyof typeof permissions;
export const allPermissions = Object.keys(permissions) as Permission[];

const everyone: Permission[] = ['people.read', 'skills.read', 'direction.read', 'catalogue.read'];

const roleGrants: Record<Role, readonly Permission[]> = {
  employee: everyone,
  manager: [...everyone, 'learning.assign'],
  coach: everyone,
  ambassador: everyone,
  works_council: everyone,
  ld_admin: [
    ...everyone,
    'people.read_hr',
    'outbox.read',
    'skills.manage',
    'skills.insight',
    'announcements.manage',
    'catalogue.manage',
    'learning.assign',
  ],
  hr_admin: [
    ...everyone,
    'people.read_hr',
    'people.manage',
    'org_units.manage',
    'audit.read',
    'outbox.read',
    'skills.manage',
    'skills.insight',
    'direction.manage',
    'goals.read_confidential',
    'consultations.manage',
    'announcements.manage',
    'development.manage',
  ],
  owner: allPermissions,
};

/** What an API token may be given; each scope opens a set of permissions. */
export const tokenScopes = {
  'people:read': ['people.read', 'people.read_hr'],
  'people:write': ['people.read', 'people.read_hr', 'people.manage', 'org_units.manage'],
  'audit:read': ['audit.read'],
  'catalogue:read': ['catalogue.read'],
  'catalogue:write': ['catalogue.read', 'catalogue.manage', 'learning.assign'],
} as const satisfies Record<string, readonly Permission[]>;
export type TokenScope = keyof typeof tokenScopes;

export function can(auth: Auth, permission: Permission): boolean {
  if (auth.kind === 'token') {
    return [...auth.scopes].some((scope) =>
      (tokenScopes[scope as TokenScope] as readonly Permission[] | undefined)?.includes(permission),
    );
  }
  for (const role of auth.roles) if (roleGrants[role].includes(permission)) return true;
  return false;
}

export function assertCan(auth: Auth, permission: Permission): void {
  if (!can(auth, permission)) throw new AppError('forbidden', `Missing permission ${permission}.`);
}

/** Actor fields for the audit log. */
export function actorOf(auth: Auth) {
  return auth.kind === 'person'
    ? { actorPersonId: auth.personId, actorTokenId: null }
    : { actorPersonId: null, actorTokenId: auth.tokenId };
}

export function personIdOf(auth: Auth): string {
  if (auth.kind !== 'person')
    throw new AppError('forbidden', 'This needs a signed-in person, not an API token.');
  return auth.personId;
}
