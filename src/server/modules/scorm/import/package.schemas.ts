import { z } from 'zod';
import { problemSchema } from '../../../http/common.schemas.ts';

export const attemptRules = ['resume', 'new_after_completion', 'limited'] as const;

const scoSchema = z.object({
  id: z.string(),
  title: z.string(),
  launch: z.string(),
  kind: z.enum(['sco', 'asset']),
  masteryScore: z.number().nullable().describe('SCORM 1.2 adlcp:masteryscore, 0–100 on score.raw'),
  scaledPassingScore: z.number().nullable().describe('SCORM 2004 minNormalizedMeasure, -1–1 on score.scaled'),
  completionThreshold: z.number().nullable().describe('SCORM 2004 completion threshold on progress, 0–1'),
  maxTimeAllowed: z.string().nullable(),
  timeLimitAction: z.string().nullable(),
  launchData: z.string().nullable(),
  hiddenControls: z.array(z.string()),
});

type Item = { id: string; title: string; isVisible: boolean; scoId: string | null; children: Item[] };
export const manifestItemSchema: z.ZodType<Item> = z.lazy(() =>
  z.object({
    id: z.string(),
    title: z.string(),
    isVisible: z.boolean(),
    scoId: z.string().nullable(),
    children: z.array(manifestItemSchema),
  }),
);

export const scormPackageSchema = z
  .object({
    contentId: z.uuid(),
    title: z.string().describe('The organisation title in the manifest'),
    scormVersion: z.enum(['1.2', '2004']),
    edition: z.enum(['2nd', '3rd', '4th']).nullable(),
    version: z.object({
      id: z.uuid(),
      number: z.number().int(),
      fileCount: z.number().int(),
      unpackedBytes: z.number().int(),
      uploadedAt: z.iso.datetime(),
      originalName: z.string(),
    }),
    scos: z.array(scoSchema).describe('Launchable items in the order the package gives them'),
    items: z.array(z.object({ id: z.string() }).passthrough()).describe('The item tree (table of contents)'),
    navigation: z.object({ choice: z.boolean(), flow: z.boolean() }),
    attemptRule: z.enum(attemptRules),
    maxAttempts: z.number().int().nullable(),
    versions: z.array(
      z.object({
        number: z.number().int(),
        scormVersion: z.enum(['1.2', '2004']),
        uploadedAt: z.iso.datetime(),
        fileCount: z.number().int(),
        midwayRule: z.enum(['keep', 'restart']).nullable(),
        originalName: z.string(),
      }),
    ),
    isPlayable: z
      .boolean()
      .describe('False when the server has no content origin (CONTENT_ORIGIN) to play from'),
  })
  .meta({ id: 'ScormPackage' });

export const packageSettingsBody = z
  .object({
    attemptRule: z
      .enum(attemptRules)
      .describe('resume: one attempt, always resumed; new_after_completion; limited'),
    maxAttempts: z.number().int().min(1).max(100).nullable().default(null).describe('Only with limited'),
  })
  .refine((body) => (body.attemptRule === 'limited') === (body.maxAttempts !== null), {
    path: ['maxAttempts'],
    message: 'is required with limited and only then',
  });

export const versionQuery = z.object({
  midway: z
    .enum(['keep', 'restart'])
    .describe(
      'People midway (an unfinished attempt): keep it on the old version, or start fresh on this one',
    ),
});

export const uploadBody = z
  .object({ file: z.string().meta({ format: 'binary' }).describe('The SCORM .zip') })
  .nullish();

export const packageProblemSchema = problemSchema
  .extend({
    errors: z
      .array(
        z.object({
          field: z.string(),
          message: z.string(),
          code: z
            .string()
            .describe('noManifest, badXml, unsupportedManifest, unknownResource, missingFile, …'),
          file: z.string().optional(),
          line: z.number().int().nullable().optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'PackageRejectedProblem' });
