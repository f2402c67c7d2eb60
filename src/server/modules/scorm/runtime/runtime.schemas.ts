import { z } from 'zod';
import { manifestItemSchema } from '../import/package.schemas.ts';

const completion = z.enum(['not_attempted', 'incomplete', 'completed']);
const success = z.enum(['unknown', 'passed', 'failed']);

export const attemptResultSchema = z
  .object({
    completionStatus: completion,
    successStatus: success,
    scoreScaled: z.number().nullable().describe('-1–1; the mean of the SCOs that reported one'),
    progressPercent: z.number().int(),
    totalSeconds: z.number(),
    completedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ScormAttemptResult' });

export const launchBody = z.object({
  scoId: z
    .string()
    .min(1)
    .max(255)
    .nullable()
    .default(null)
    .describe('The item to open; by default where the learner was'),
  newAttempt: z.boolean().default(false).describe('Start again (when the attempt rule allows it)'),
});

export const launchSchema = z
  .object({
    contentId: z.uuid(),
    scormVersion: z.enum(['1.2', '2004']),
    title: z.string(),
    attempt: z.object({
      id: z.uuid(),
      number: z.number().int(),
      isNew: z.boolean(),
      isReview: z
        .boolean()
        .describe('All attempts are used: the last one opens to look back, nothing is stored'),
      canStartNew: z.boolean(),
      rule: z.enum(['resume', 'new_after_completion', 'limited']),
      maxAttempts: z.number().int().nullable(),
      attemptsUsed: z.number().int(),
    }),
    result: attemptResultSchema,
    commitToken: z
      .string()
      .nullable()
      .describe('Send with every commit (POST /scorm/commits); null in review'),
    launcherUrl: z
      .url()
      .describe('The SCORM runtime page on the content origin; frame it and post it `start`'),
    sco: z.object({
      id: z.string(),
      title: z.string(),
      kind: z.enum(['sco', 'asset']),
      launchUrl: z.url(),
      hiddenControls: z.array(z.string()),
    }),
    cmi: z.record(z.string(), z.string()).describe('The CMI data the SCO starts with'),
    scos: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        kind: z.enum(['sco', 'asset']),
        completionStatus: completion,
        successStatus: success,
        scoreScaled: z.number().nullable(),
      }),
    ),
    items: z.array(manifestItemSchema),
    navigation: z.object({ choice: z.boolean(), flow: z.boolean() }),
  })
  .meta({ id: 'ScormLaunch' });

export const commitBody = z.object({
  token: z.string().min(20).max(200).describe('The commitToken of the launch'),
  scoId: z.string().min(1).max(255),
  values: z
    .record(z.string().max(255), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .describe('Flattened CMI data (cmi.core.lesson_status, cmi.suspend_data, cmi.interactions.0.id, …)'),
  isTerminated: z.boolean().default(false).describe('The SCO called Terminate/LMSFinish'),
  isUnload: z.boolean().default(false).describe('Sent as the page closes (the beacon): resume next time'),
  navRequest: z
    .string()
    .max(300)
    .default('')
    .describe(
      'adl.nav.request as the SCO left it; on a Terminate, suspendAll / exitAll / abandon / abandonAll ' +
        'suspend, end or discard the attempt (docs/SCORM.md)',
    ),
});

export const commitAnswerSchema = z
  .object({
    result: attemptResultSchema.omit({ completedAt: true }),
    isDone: z.boolean().describe('The item counts as completed in Groeipad'),
    ending: z
      .enum(['suspend_all', 'exit_all', 'abandon', 'abandon_all'])
      .nullable()
      .describe('What a navigation request on this Terminate did to the attempt'),
    finished: z
      .object({
        content: z.boolean(),
        courses: z.array(z.object({ id: z.uuid(), title: z.string() })),
        paths: z.array(z.object({ id: z.uuid(), title: z.string() })),
        certificates: z.array(z.object({ id: z.uuid(), title: z.string(), verificationCode: z.string() })),
      })
      .nullable(),
  })
  .meta({ id: 'ScormCommitAnswer' });
