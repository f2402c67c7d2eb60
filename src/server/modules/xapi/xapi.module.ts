import { defineModule } from '../../core/module.ts';
import { credentialRoutes } from './credentials/credentials.routes.ts';

/**
 * The learning record store. Its /api/v1 routes (credentials, the L&D screens) come through the
 * manifest; /xapi/ itself is its own plugin (xapi.plugin.ts), registered by app.ts outside /api/v1.
 */
export const xapiModule = defineModule({
  name: 'xapi',
  routes: credentialRoutes,
});
