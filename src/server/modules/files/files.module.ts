import { defineModule } from '../../core/module.ts';
import { filesRoutes } from './files.routes.ts';

export const filesModule = defineModule({
  name: 'files',
  routes: filesRoutes,
});
