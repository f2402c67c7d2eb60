import { defineModule } from '../../core/module.ts';
import { authPersonalData } from './auth.personal-data.ts';
import { authRoutes } from './auth.routes.ts';
import { pruneSignInAttempts } from './auth.throttle.ts';

export const authModule = defineModule({
  name: 'auth',
  personalData: authPersonalData,
  routes: authRoutes,
  // Nightly: sign-in attempts older than the throttle looks back are forgotten.
  jobs: [{ name: 'auth.prune-attempts', cron: '40 3 * * *', run: ({ db }) => pruneSignInAttempts(db) }],
});
