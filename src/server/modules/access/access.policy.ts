import { AppError } from '../../http/errors.ts';
import type { Auth, Role } from './access.types.ts';

/** Everything the foundation guards. Later modules add their own permissions here. */
export type Permission =
  | 'people.read' // directory: names, job titles, units, managers
  | 'people.read_hr' // HR fields of anyone: employee number, dates, status, roles, sign-in
  | 'people.manage' // create, edit, deactivate, invite, import, export
  | 'roles.grant_owner'
  | 'org_units.manage'
  | 'organisation.manage'
  | 'api_tokens.manage'
  | 'audit.read'
  | 'outbox.read'
  | 'skills.read' // the skill framework, job roles, career paths, mentors; one's own skills map
  | 'skills.manage' // framework: categories, skills, scale, imports; job roles and career paths
  | 'skills.insight' // anyone's skills, any team matrix, organisation gaps, evidence ratings
  | 'direction.read' // mission, values, competencies, goals (not confidential ones), announcements
  | 'direction.manage' // write statements, values, competencies, organisation goals; all team goals
  | 'goals.read_confidential' // goals marked confidential to management
  | 'consultations.manage' // open, reply to and close consultations; see who responded (not anonymous)
  | 'announcements.manage' // write, schedule and target announcements; see read receipts
  | 'development.manage'; // HR: every plan's status and shared plans, budgets, cycles, HR approvals, finance export

const roleGrants: Record<Role, readonly Permission[]> = {
  employee: ['people.read', 'skills.read', 'direction.read'],
  manager: ['people.read', 'skills.read', 'direction.read'],
  coach: ['people.read', 'skills.read', 'direction.read'],
  ambassador: ['people.read', 'skills.read', 'direction.read'],
  works_council: ['people.read', 'skills.read', 'direction.read'],
  ld_admin: [
    'people.read',
    'people.read_hr',
    'outbox.read',
    'skills.read',
    'skills.manage',
    'skills.insight',
    'direction.read',
    'announcements.manage',
  ],
  hr_admin: [
    'people.read',
    'people.read_hr',
    'people.manage',
    'org_units.manage',
    'audit.read',
    'outbox.read',
    'skills.read',
    'skills.manage',
    'skills.insight',
    'direction.read',
    'direction.manage',
    'goals.read_confidential',
    'consultations.manage',
    'announcements.manage',
    'development.manage',
  ],
  owner: [
    'people.read',
    'people.read_hr',
    'people.manage',
    'roles.grant_owner',
    'org_units.manage',
    'organisation.manage',
    'api_tokens.manage',
    'audit.read',
    'outbox.read',
    'skills.read',
    'skills.manage',
    'skills.insight',
    'direction.read',
    'direction.manage',
    'goals.read_confidential',
    'consultations.manage',
    'announcements.manage',
    'development.manage',
  ],
};

/** What an API token may be given; each scope opens a set of permissions. */
export const tokenScopes = {
  'people:read': ['people.read', 'people.read_hr'],
  'people:write': ['people.read', 'people.read_hr', 'people.manage', 'org_units.manage'],
  'audit:read': ['audit.read'],
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
