export { managedAmong } from './scim.repository.ts';
