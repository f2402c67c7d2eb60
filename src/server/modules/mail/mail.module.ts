import { defineModule } from '../../core/module.ts';
import { mailRoutes } from './mail.routes.ts';

export const mailModule = defineModule({
  name: 'mail',
  routes: mailRoutes,
});
