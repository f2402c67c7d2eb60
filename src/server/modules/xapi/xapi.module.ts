import { defineModule } from '../../core/module.ts';
import { browseRoutes } from './browse/browse.routes.ts';
import { credentialRoutes } from './credentials/credentials.routes.ts';
import { actorRoutes } from './identity/actors.routes.ts';
import { xapiPersonalData } from './xapi.personal-data.ts';
import { xapiPlugin } from './xapi.plugin.ts';

export const xapiModule = defineModule({
  name: 'xapi',
  personalData: xapiPersonalData,
  // L&D manages the LRS in the app's API (credentials, actors, statements); the LRS itself answers at
  // /xapi with HTTP Basic.
  routes: (deps) => [credentialRoutes(deps), actorRoutes(deps), browseRoutes(deps)],
  mounts: (deps) => [{ prefix: '/xapi', plugin: xapiPlugin(deps) }],
});
