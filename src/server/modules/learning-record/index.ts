export {
  type LearningEvent,
  recordStatement,
  recordStatements,
  type Verb,
  verbs,
} from './learning-record.service.ts';
