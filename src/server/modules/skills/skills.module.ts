import { defineModule } from '../../core/module.ts';
import { jobRoleHolders } from './job-roles/job-role-holders.ts';
import { skillReferences } from './skills.references.ts';
import { skillsRoutes } from './skills.routes.ts';

export const skillsModule = defineModule({
  name: 'skills',
  routes: skillsRoutes,
  provides: { skillReferences, jobRoleHolders },
});
