import { defineModule } from '../../core/module.ts';
import { passwordRefusal } from './sso.policy.ts';
import { ssoProtocol } from './sso.protocol.ts';
import { pruneExpired } from './sso.repository.ts';
import { ssoRoutes } from './sso.routes.ts';
import './sso.events.ts';

/** Single sign-on per organisation: OpenID Connect or SAML 2.0, optional or required (issue 20). */
export const ssoModule = defineModule({
  name: 'sso',
  routes: ssoRoutes,
  mounts: (deps) => [{ prefix: '/sso', plugin: ssoProtocol(deps) }],
  provides: { passwordPolicy: { passwordRefusal } },
  // Nightly: unfinished sign-ins and remembered SAML assertion ids past their expiry.
  jobs: [{ name: 'sso.prune', cron: '50 3 * * *', run: ({ db }) => pruneExpired(db, new Date()) }],
});
