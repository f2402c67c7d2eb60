import { defineModule } from '../../core/module.ts';
import { jobRoleHolders } from './job-roles/job-role-holders.ts';
import { skillsPersonalData } from './skills.personal-data.ts';
import { skillReferences } from './skills.references.ts';
import { skillsRoutes } from './skills.routes.ts';

export const skillsModule = defineModule({
  name: 'skills',
  personalData: skillsPersonalData,
  routes: skillsRoutes,
  provides: { skillReferences, jobRoleHolders },
});
