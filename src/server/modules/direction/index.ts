export {
  type AudienceRule,
  audienceMembers,
  isInAudience,
  unitLineOf,
  unitSubtree,
  unitWithAncestors,
} from './audience.ts';
export {
  type DirectionSubjectKind,
  directionAsSubject,
  existingDirectionIds,
  publishDirectionDrafts,
} from './consultation-subjects.ts';
export { presentPrinciple, presentStatement } from './direction.presenter.ts';
export {
  currentStatements,
  listPrinciples,
  publishedCompetencySkills,
  skillsOfCompetencies,
} from './direction.repository.ts';
export { principleSchema, statementSchema } from './direction.schemas.ts';
export { readerLocale } from './locale.ts';
