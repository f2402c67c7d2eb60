export {
  actorOf,
  assertCan,
  can,
  type Permission,
  personIdOf,
  type TokenScope,
  tokenScopes,
} from './access.policy.ts';
export type { Auth, Role } from './access.types.ts';
