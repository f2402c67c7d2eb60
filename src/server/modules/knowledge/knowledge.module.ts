import { defineModule } from '../../core/module.ts';
import { ambassadorsOnSkill } from './ambassadors.repository.ts';
import { ambassadorRoutes, managerLearningRoutes } from './ambassadors.routes.ts';
import { forgetKnowledge } from './knowledge.cache.ts';
import { knowledgePersonalData } from './knowledge.personal-data.ts';
import './knowledge.events.ts';
import './knowledge.files.ts';
import { knowledgeRoutes } from './knowledge.routes.ts';

/** The knowledge space, ambassadors and their collections, and the team moment: learning from each other (issue 16). */
export const knowledgeModule = defineModule({
  name: 'knowledge',
  routes: (deps) => [knowledgeRoutes(deps), ambassadorRoutes(), managerLearningRoutes()],
  personalData: knowledgePersonalData,
  // A renamed author (or one who left) shows in the shared feed pages: forget them at once.
  listen: (bus) =>
    bus.on('people.changed', 'knowledge.shared-reads', async ({ organisationId }) =>
      forgetKnowledge(organisationId),
    ),
  provides: { ambassadorsOnSkill },
});
