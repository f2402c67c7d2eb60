import { defineModule } from '../../core/module.ts';
import { consultationsPersonalData } from './consultations.personal-data.ts';
import { consultationRoutes } from './consultations.routes.ts';

export const consultationsModule = defineModule({
  name: 'consultations',
  personalData: consultationsPersonalData,
  routes: consultationRoutes,
});
