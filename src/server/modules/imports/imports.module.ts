import { defineModule } from '../../core/module.ts';
import { importRoutes } from './imports.routes.ts';

export const importsModule = defineModule({
  name: 'imports',
  routes: importRoutes,
});
