import { defineModule } from '../../core/module.ts';
import { programmesPersonalData } from './programmes.personal-data.ts';
import { programmeRoutes } from './programmes.routes.ts';
import './programmes.events.ts';

/** Programmes (a growth week): tracks, sessions on events, my schedule with clashes, feed, recap (issue 15). */
export const programmesModule = defineModule({
  name: 'programmes',
  personalData: programmesPersonalData,
  routes: programmeRoutes,
});
