import { defineModule } from '../../core/module.ts';
import { talentRoutes } from './talent.routes.ts';
import './talent.events.ts';

/** Talent reviews (vlootschouw): rounds, nine-box, calibration, outcomes into plans (issue 21). */
export const talentModule = defineModule({
  name: 'talent',
  routes: talentRoutes,
});
