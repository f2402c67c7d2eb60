// What other features may use from the knowledge space; its pages are reached through routes.tsx.
export { ColleaguesLearned, HomeKnowledgeBlock } from './components.tsx';
export { LearningOpennessCard, ManagerLearningCard } from './manager-learning.tsx';
