import { defineModule } from '../../core/module.ts';
import { consultationRoutes } from './consultations.routes.ts';

export const consultationsModule = defineModule({
  name: 'consultations',
  routes: consultationRoutes,
});
