import { defineModule } from '../../core/module.ts';
import { apiTokenRoutes } from './api-tokens.routes.ts';

export const apiTokensModule = defineModule({
  name: 'api-tokens',
  routes: apiTokenRoutes,
});
