import { defineModule } from '../../core/module.ts';
import { mailPersonalData } from './mail.personal-data.ts';
import { mailRoutes } from './mail.routes.ts';

export const mailModule = defineModule({
  name: 'mail',
  personalData: mailPersonalData,
  routes: mailRoutes,
});
