import { z } from 'zod';
import { problemSchema } from '../../../http/common.schemas.ts';
import { launchModes } from '../cmi5.vocabulary.ts';
import { moveOnValues } from '../import/course-structure.ts';

const auStatus = ['not_started', 'in_progress', 'completed', 'passed', 'failed', 'satisfied'] as const;

type Node = {
  kind: 'block' | 'au';
  id: string;
  title: string;
  description: string;
  objectives: string[];
  children: Node[];
};
const nodeSchema: z.ZodType<Node> = z.lazy(() =>
  z.object({
    kind: z.enum(['block', 'au']),
    id: z.string().describe('The id in cmi5.xml (an IRI)'),
    title: z.string(),
    description: z.string(),
    objectives: z.array(z.string()),
    children: z.array(nodeSchema),
  }),
);

export const unitSchema = z.object({
  id: z.string().describe('The AU id in cmi5.xml (an IRI)'),
  title: z.string(),
  description: z.string(),
  blockTitles: z.array(z.string()).describe('The blocks the AU sits in, outermost first'),
  moveOn: z.enum(moveOnValues as [string, ...string[]]),
  masteryScore: z.number().nullable(),
  launchMethod: z.enum(['AnyWindow', 'OwnWindow']),
  launchParameters: z.string().nullable(),
  entitlementKey: z.string().nullable(),
  isExternal: z.boolean().describe('Hosted elsewhere (an absolute URL), or a file of the zip'),
  url: z.string(),
  status: z.enum(auStatus).describe('The signed-in learner’s status in their registration'),
  scoreScaled: z.number().nullable(),
});

export const cmi5CourseSchema = z
  .object({
    contentId: z.uuid(),
    courseId: z.string().describe('The course id in cmi5.xml'),
    title: z.string(),
    description: z.string(),
    objectives: z.array(z.object({ id: z.string(), title: z.string(), description: z.string() })),
    structure: z.array(nodeSchema).describe('Blocks and AUs in the order of cmi5.xml'),
    units: z.array(unitSchema),
    fileCount: z.number().int(),
    originalName: z.string(),
    importedAt: z.iso.datetime(),
    registration: z
      .object({ id: z.uuid(), isSatisfied: z.boolean(), satisfiedAt: z.iso.datetime().nullable() })
      .nullable()
      .describe('The signed-in learner’s registration, after their first launch'),
    isPlayable: z.boolean().describe('False when AUs in the zip cannot play: no CONTENT_ORIGIN'),
  })
  .meta({ id: 'Cmi5Course' });

export const launchBody = z.object({
  auId: z.string().min(1).max(2000),
  launchMode: z.enum(launchModes as [string, ...string[]]).default('Normal'),
});

export const launchAnswer = z
  .object({
    url: z
      .string()
      .describe('Open this address: the AU with endpoint, fetch, actor, registration, activityId'),
    launchMethod: z.enum(['AnyWindow', 'OwnWindow']),
    registration: z.uuid(),
    sessionId: z.uuid(),
  })
  .meta({ id: 'Cmi5Launch' });

export const uploadBody = z
  .object({ file: z.string().meta({ format: 'binary' }).describe('The course .zip, or a cmi5.xml') })
  .nullish();

export const courseProblemSchema = problemSchema
  .extend({
    errors: z
      .array(
        z.object({
          field: z.string(),
          message: z.string(),
          code: z
            .string()
            .describe(
              'noStructure, isScorm, badXml, notCmi5, missingTitle, missingUrl, badMoveOn, badMasteryScore, duplicateId, unknownObjective, relativeUrlWithoutFiles, missingFile, …',
            ),
          file: z.string().optional(),
          line: z.number().int().nullable().optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Cmi5CourseRejectedProblem' });
