import { z } from 'zod';
import { calendarDate, locale } from '../../../http/common.schemas.ts';
import { contentKinds, coverSchema, servesSchema, subjectKinds, subjectRef } from '../catalogue.schemas.ts';

const finishedSchema = z
  .object({
    content: z.boolean().describe('This item was completed by this request: time for a small celebration'),
    courses: z.array(z.object({ id: z.uuid(), title: z.string() })),
    paths: z.array(z.object({ id: z.uuid(), title: z.string() })),
    certificates: z.array(z.object({ id: z.uuid(), title: z.string(), verificationCode: z.string() })),
  })
  .meta({ id: 'Finished' });

export const progressBody = z.object({
  percent: z.number().int().min(0).max(100),
  positionSeconds: z.number().min(0).max(100_000).nullable().default(null),
});
export const progressResult = z.object({ finished: finishedSchema });

export const attemptBody = z.object({
  answers: z.record(z.string(), z.union([z.string().max(500), z.array(z.string().max(40)).max(10)])),
});
export const attemptResult = z
  .object({
    score: z.number().int(),
    passed: z.boolean(),
    passMark: z.number().int(),
    attempt: z.number().int(),
    feedback: z.array(
      z.object({
        questionId: z.string(),
        isCorrect: z.boolean(),
        feedback: z.array(z.string()),
        correctOptionIds: z.array(z.string()).nullable(),
      }),
    ),
    finished: finishedSchema,
  })
  .meta({ id: 'QuizAttemptResult' });

export const enrolmentViewSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    type: z.enum(subjectKinds),
    subjectId: z.uuid(),
    title: z.string(),
    format: z.string(),
    source: z.enum(['self', 'assigned', 'rule']),
    percent: z.number().int(),
    dueDate: calendarDate.nullable(),
    isOverdue: z.boolean(),
    enrolledAt: z.iso.datetime(),
    lastActivityAt: z.iso.datetime().nullable(),
    completedAt: z.iso.datetime().nullable(),
    isSubstantial: z
      .boolean()
      .describe('Substantial learning: the learner is asked for a learning agreement'),
    agreement: z
      .object({ id: z.uuid(), state: z.enum(['awaiting_manager', 'agreed']) })
      .nullable()
      .describe('The learning agreement made for this enrolment'),
    cover: coverSchema.nullable(),
  })
  .meta({ id: 'EnrolmentView' });

export const lockSchema = z
  .object({
    reason: z.enum(['prerequisite', 'path_order']),
    path: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    first: z.array(z.object({ type: z.enum(['course', 'content']), id: z.uuid(), title: z.string() })),
  })
  .meta({
    id: 'LearningLock',
    description: 'What to finish first: prerequisite courses or earlier path steps',
  });

export const playerSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(contentKinds),
    status: z.enum(['draft', 'published', 'archived']),
    language: locale,
    languages: z.array(locale),
    title: z.string(),
    summary: z.string(),
    cover: coverSchema.nullable(),
    bodyHtml: z.string(),
    fileUrl: z.string().nullable(),
    captionsUrl: z.string().nullable(),
    externalUrl: z.string().nullable(),
    durationMinutes: z.number().int().nullable(),
    topics: z.array(z.string()),
    serves: servesSchema,
    quiz: z
      .object({
        passMark: z.number().int(),
        maxAttempts: z.number().int().nullable(),
        attempts: z.array(
          z.object({ score: z.number().int(), passed: z.boolean(), submittedAt: z.iso.datetime() }),
        ),
        questions: z.array(
          z.object({
            id: z.string(),
            kind: z.enum(['single', 'multiple', 'true_false', 'short']),
            prompt: z.string(),
            options: z.array(z.object({ id: z.string(), text: z.string() })),
          }),
        ),
      })
      .nullable(),
    progress: z
      .object({
        percent: z.number().int(),
        positionSeconds: z.number().nullable(),
        completedAt: z.iso.datetime().nullable(),
      })
      .nullable(),
    submission: z
      .object({
        reflection: z.string(),
        submittedAt: z.iso.datetime(),
        confirmedAt: z.iso.datetime().nullable(),
      })
      .nullable(),
    myRating: z.object({ stars: z.number().int(), comment: z.string().nullable() }).nullable(),
    enrolment: enrolmentViewSchema.nullable().describe('My enrolment in this item, if any'),
    lock: lockSchema.nullable().describe('Set while I must finish something else first'),
  })
  .meta({ id: 'PlayerItem' });

export const certificateSchema = z
  .object({
    id: z.uuid(),
    type: z.enum(['course', 'path']),
    subjectId: z.uuid(),
    title: z.string(),
    verificationCode: z.string(),
    issuedAt: z.iso.datetime(),
  })
  .meta({ id: 'Certificate' });

export const continueSchema = z
  .object({
    contentId: z.uuid(),
    kind: z.enum(contentKinds),
    title: z.string(),
    percent: z.number().int(),
    positionSeconds: z.number().nullable(),
  })
  .meta({ id: 'ContinueItem' });

export const myLearningSchema = z
  .object({
    continue: continueSchema.nullable(),
    assigned: z.array(enrolmentViewSchema).describe('Assigned by someone or by a rule, not finished'),
    inProgress: z.array(enrolmentViewSchema).describe('Chosen myself, not finished'),
    completed: z.array(enrolmentViewSchema),
    certificates: z.array(certificateSchema),
  })
  .meta({ id: 'MyLearning' });

export const assignBody = z.object({
  subject: subjectRef,
  personIds: z.array(z.uuid()).max(5000).default([]),
  unitIds: z.array(z.uuid()).max(100).default([]),
  roles: z
    .array(z.enum(['manager', 'ld_admin', 'hr_admin', 'coach', 'ambassador', 'works_council', 'owner']))
    .default([]),
  dueDate: calendarDate.nullable().default(null),
});
