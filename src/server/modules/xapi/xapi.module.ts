import { defineModule } from '../../core/module.ts';
import { credentialRoutes } from './credentials/credentials.routes.ts';
import { xapiPlugin } from './xapi.plugin.ts';

export const xapiModule = defineModule({
  name: 'xapi',
  // LRS credentials are managed in the app's API; the LRS itself answers at /xapi with HTTP Basic.
  routes: credentialRoutes,
  mounts: (deps) => [{ prefix: '/xapi', plugin: xapiPlugin(deps) }],
});
