import type { Permission } from '../../shared/permissions.ts';
import type { Me } from '../api/client.ts';

// What the signed-in person may do, as the API told it in GET /me; the API checks again on every call.
export type { Permission };

export const can = (me: Me, permission: Permission) => me.permissions.includes(permission);
export const isManager = (me: Me) => me.roles.includes('manager');
export const adminPermissions: Permission[] = [
  'people.manage',
  'outbox.read',
  'audit.read',
  'api_tokens.manage',
  'organisation.manage',
];
export const hasAdminSection = (me: Me) => adminPermissions.some((permission) => can(me, permission));
