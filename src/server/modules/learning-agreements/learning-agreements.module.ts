import { defineModule } from '../../core/module.ts';
import { learningAgreementRoutes } from './learning-agreements.routes.ts';

export const learningAgreementsModule = defineModule({
  name: 'learning-agreements',
  routes: learningAgreementRoutes,
});
