export { type LearningEvent, recordStatement, type Verb, verbs } from './learning-record.service.ts';
