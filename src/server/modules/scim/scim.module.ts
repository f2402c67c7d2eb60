import { defineModule } from '../../core/module.ts';
import { scimPlugin } from './scim.plugin.ts';
import { managedAmong } from './scim.repository.ts';
import { scimRoutes } from './scim.routes.ts';

/** SCIM 2.0 provisioning from the organisation's identity provider (issue 20). */
export const scimModule = defineModule({
  name: 'scim',
  routes: scimRoutes,
  // People refuse hand edits of the fields SCIM manages (people builds below scim: a port).
  provides: { scimManagedPeople: managedAmong },
  mounts: (deps) => [{ prefix: '/scim/v2', plugin: scimPlugin(deps) }],
});
