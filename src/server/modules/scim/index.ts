export { applySignInGroups } from './scim.group-roles.ts';
export { managedAmong } from './scim.repository.ts';
