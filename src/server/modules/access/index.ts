export {
  actorOf,
  allPermissions,
  assertCan,
  can,
  canChangeCredentialsOf,
  canGrantRole,
  type Permission,
  personIdOf,
  type TokenScope,
  tokenScopes,
} from './access.policy.ts';
export { authOf } from './access.request.ts';
export type { Auth, Role } from './access.types.ts';
