import { allPermissions, type Permission } from '../../../shared/permissions.ts';
import { AppError } from '../../http/errors.ts';
import type { Auth, Role } from './access.types.ts';

export { allPermissions, type Permission };

const everyone: Permission[] = ['people.read', 'skills.read', 'direction.read', 'catalogue.read'];

const roleGrants: Record<Role, readonly Permission[]> = {
  employee: everyone,
  manager: [...everyone, 'learning.assign'],
  coach: everyone,
  ambassador: [...everyone, 'knowledge.moderate'],
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
    'knowledge.moderate',
    'recognition.manage',
    'credentials.manage',
    'insight.organisation',
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
    'knowledge.moderate',
    'recognition.manage',
    'insight.organisation',
    'surveys.manage',
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

// Roles whose holders can do more than any integration token may: only a signed-in person grants them.
const adminRoles: readonly Role[] = ['owner', 'hr_admin', 'ld_admin'];

/**
 * Who may grant or take away a role: only an owner for owner, only a person (never an API token) for
 * the admin roles, anyone with people.manage for the rest. The same rule guards a person's credentials
 * (e-mail address): changing them could otherwise take over the account with all its roles.
 */
export function canGrantRole(auth: Auth, role: Role): boolean {
  if (role === 'employee' || role === 'manager') return true;
  if (role === 'owner') return can(auth, 'roles.grant_owner');
  if (auth.kind === 'token' && adminRoles.includes(role)) return false;
  return can(auth, 'people.manage');
}

/** May change who controls this account (its e-mail address): only who may grant every role it holds. */
export const canChangeCredentialsOf = (auth: Auth, heldRoles: readonly Role[]) =>
  heldRoles.every((role) => canGrantRole(auth, role));

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
