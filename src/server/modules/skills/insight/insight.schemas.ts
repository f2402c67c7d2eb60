import { z } from 'zod';
import { personRef, translated } from '../skills.schemas.ts';

export const learningSuggestion = z.object({
  type: z.enum(['content', 'course', 'path']),
  id: z.uuid(),
  title: z.string(),
  format: z.string(),
  durationMinutes: z.number().int().nullable(),
});

export const gapSchema = z.object({
  skill: z.object({ id: z.uuid(), name: translated }),
  targetLevel: z.number().int(),
  currentLevel: z.number().int().nullable(),
  isAssessed: z.boolean().describe('False when nobody ever rated it: "not yet assessed", not a level 0'),
  gap: z.number().int().describe('targetLevel minus current level (0 when met, and 0 when not yet assessed)'),
  learning: z
    .array(learningSuggestion)
    .nullable()
    .describe('Learning tagged with this skill; null while no catalogue is connected'),
});

export const personGapsSchema = z
  .object({
    person: personRef,
    role: z.object({ id: z.uuid(), name: translated }).nullable(),
    isTargetRole: z.boolean().describe('True when asked about another role than the current one'),
    gaps: z.array(gapSchema).describe('Largest gap first, then not yet assessed; met skills last'),
    totalGap: z.number().int().describe('Over assessed skills only'),
    metCount: z.number().int(),
    notAssessedCount: z.number().int().describe('Skills the role asks that nobody has rated yet'),
  })
  .meta({ id: 'PersonGaps' });

export const personGapsQuery = z.object({
  targetRoleId: z.uuid().optional().describe('Compare against this role instead of the current one'),
});

export const teamMatrixQuery = z.object({
  unitId: z
    .uuid()
    .optional()
    .describe('Everyone in this unit and below (L&D/HR); default: my direct reports'),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});

export const teamMatrixSchema = z
  .object({
    skills: z.array(
      z.object({
        id: z.uuid(),
        name: translated,
        holders: z.number().int().describe('People at level 3 or higher'),
        isSinglePointOfFailure: z.boolean().describe('Exactly one person at level 3 or higher'),
      }),
    ),
    people: z.array(
      personRef.extend({
        jobRoleId: z.uuid().nullable(),
        levels: z
          .array(z.number().int().nullable())
          .describe('Current level per skill, in the order of `skills`'),
        targets: z
          .array(z.number().int().nullable())
          .describe("The job role's target per skill, in the order of `skills`"),
      }),
    ),
  })
  .meta({ id: 'TeamMatrix' });

export const organisationGapsSchema = z
  .object({
    people: z
      .number()
      .int()
      .describe(
        'Current people with a job role; everyone current once a core competency is linked to a skill',
      ),
    skills: z.array(
      z.object({
        skill: z.object({ id: z.uuid(), name: translated }),
        demand: z
          .number()
          .int()
          .describe('People whose role or a core competency asks for this skill (each person once)'),
        belowTarget: z.number().int().describe('Assessed below their target'),
        notAssessed: z.number().int().describe('Asked for it but never rated: counted apart, not as level 0'),
        totalGap: z.number().int().describe('Levels short over the assessed only'),
        holders: z
          .number()
          .int()
          .describe('People at the level their role or a core competency asks (the higher target counts)'),
        sources: z
          .array(
            z.discriminatedUnion('kind', [
              z.object({ kind: z.literal('roleProfiles') }),
              z.object({
                kind: z.literal('coreCompetency'),
                competency: z.object({ id: z.uuid(), name: z.string() }),
                targetLevel: z.number().int().describe('Level 3: competencies model no level per skill'),
              }),
            ]),
          )
          .describe('Where the demand comes from: role profiles and/or published core competencies'),
      }),
    ),
  })
  .meta({ id: 'OrganisationGaps' });

export const unitGapsQuery = z.object({ unitId: z.uuid().optional() });
