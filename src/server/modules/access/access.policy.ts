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
  | 'catalogue.read' // browse, search, enrol, learn
  | 'catalogue.manage' // author content, courses, paths; rules; ratings overview
  | 'learning.assign'; // assign learning (managers: to their reports; L&D: to anyone)

const roleGrants: Record<Role, readonly Permission[]> = {
  employee: ['people.read', 'catalogue.read'],
  manager: ['people.read', 'catalogue.read', 'learning.assign'],
  coach: ['people.read', 'catalogue.read'],
  ambassador: ['people.read', 'catalogue.read'],
  works_council: ['people.read', 'catalogue.read'],
  ld_admin: [
    'people.read',
    'people.read_hr',
    'outbox.read',
    'catalogue.read',
    'catalogue.manage',
    'learning.assign',
  ],
  hr_admin: [
    'people.read',
    'people.read_hr',
    'people.manage',
    'org_units.manage',
    'audit.read',
    'outbox.read',
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
    'catalogue.read',
    'catalogue.manage',
    'learning.assign',
  ],
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
