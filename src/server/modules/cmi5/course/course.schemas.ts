import { z } from 'zod';
import { problemSchema } from '../../../http/common.schemas.ts';
import { launchModes, waiveReasons } from '../cmi5.vocabulary.ts';
import { moveOnValues } from '../import/course-structure.ts';

const auStatus = [
  'not_started',
  'in_progress',
  'completed',
  'passed',
  'failed',
  'satisfied',
  'waived',
] as const;

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
  waivedReason: z.enum(waiveReasons).nullable().describe('Why L&D waived this AU for the learner'),
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
    version: z.number().int().describe('1 at import, one more for every new version uploaded over it'),
    sourceUrl: z.string().nullable().describe('The address cmi5.xml was imported from (L&D only)'),
    updatedAt: z.iso.datetime().nullable().describe('When the last new version replaced the course'),
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

export const waiveBody = z.object({
  personId: z.uuid().describe('The learner'),
  auId: z.string().min(1).max(2000).describe('The AU id in cmi5.xml'),
  reason: z.enum(waiveReasons),
});

export const waiverAnswer = z
  .object({
    registration: z.uuid(),
    auId: z.string(),
    reason: z.enum(waiveReasons),
    waivedAt: z.iso.datetime(),
    isCourseSatisfied: z.boolean(),
  })
  .meta({ id: 'Cmi5Waiver' });

export const importUrlBody = z.object({
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .describe('An http(s) address of a cmi5.xml or a course .zip, on the public internet'),
});
