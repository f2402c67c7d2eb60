import { defineModule } from '../../core/module.ts';
import { skillsRoutes } from './skills.routes.ts';

export const skillsModule = defineModule({
  name: 'skills',
  routes: skillsRoutes,
});
