import { z } from 'zod';
import { dateTime } from '../../http/common.schemas.ts';
import { audienceCriteria } from '../catalogue/index.ts';

export const questionKinds = ['likert5', 'likert7', 'choice', 'text'] as const;
export const roleGroups = ['manager', 'employee'] as const;
const words = (max: number) => z.string().trim().min(1).max(max);

export const questionInput = z.object({
  kind: z.enum(questionKinds),
  textNl: words(500),
  textEn: words(500),
  options: z
    .array(z.object({ nl: words(200), en: words(200) }))
    .max(10)
    .default([])
    .describe('Choice questions: 2 to 10 options'),
});

export const surveyInput = z.object({
  titleNl: words(200),
  titleEn: words(200),
  introNl: z.string().trim().max(2000).default(''),
  introEn: z.string().trim().max(2000).default(''),
  audience: audienceCriteria.describe('Units (with sub-units) and roles; nothing chosen reaches everyone'),
  questions: z.array(questionInput).min(1).max(30),
});
export type SurveyInput = z.infer<typeof surveyInput>;

export const learningZoneInput = z.object({ audience: audienceCriteria.default(audienceCriteria.parse({})) });

export const scheduleInput = z.object({
  opensAt: dateTime.nullable().default(null).describe('Empty: open now'),
  closesAt: dateTime,
});

export const settingsInput = z.object({ anonymityThreshold: z.number().int().min(3).max(100) });
export const settingsSchema = z
  .object({ anonymityThreshold: z.number().int() })
  .meta({ id: 'SurveySettings' });

const questionSchema = z.object({
  id: z.uuid(),
  kind: z.enum(questionKinds),
  textNl: z.string(),
  textEn: z.string(),
  options: z.array(z.object({ nl: z.string(), en: z.string() })),
  dimension: z.enum(['safety', 'accountability']).nullable(),
});

export const surveySummarySchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['pulse', 'learning_zone']),
    titleNl: z.string(),
    titleEn: z.string(),
    status: z.enum(['draft', 'scheduled', 'open', 'closed']),
    opensAt: z.string().nullable(),
    closesAt: z.string().nullable(),
    invited: z.number().int(),
    answered: z.number().int().describe('How many people answered (a total; never per group)'),
  })
  .meta({ id: 'SurveySummary' });

export const surveySchema = surveySummarySchema
  .extend({
    introNl: z.string(),
    introEn: z.string(),
    audience: audienceCriteria,
    questions: z.array(questionSchema),
  })
  .meta({ id: 'Survey' });

/** What an invitee sees: the questions in their language, and whether they answered. */
export const surveyFormSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['pulse', 'learning_zone']),
    title: z.string(),
    intro: z.string(),
    closesAt: z.string().nullable(),
    isOpen: z.boolean(),
    hasAnswered: z.boolean(),
    questions: z.array(
      z.object({ id: z.uuid(), kind: z.enum(questionKinds), text: z.string(), options: z.array(z.string()) }),
    ),
  })
  .meta({ id: 'SurveyForm' });

export const mySurveySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    closesAt: z.string().nullable(),
    hasAnswered: z.boolean(),
  })
  .meta({ id: 'MySurvey' });

export const answersInput = z.object({
  answers: z
    .array(
      z.object({
        questionId: z.uuid(),
        value: z.number().int().min(0).max(9).nullable().default(null),
        text: z.string().trim().max(2000).nullable().default(null),
      }),
    )
    .max(30),
});
export type AnswersInput = z.infer<typeof answersInput>;

export const resultsQuery = z.object({
  unitId: z.uuid().optional().describe('Only this unit (its own members; one filter at a time)'),
  roleGroup: z.enum(roleGroups).optional().describe('Only managers or only employees'),
});
export type ResultsQuery = z.infer<typeof resultsQuery>;

const questionResult = z.object({
  id: z.uuid(),
  kind: z.enum(questionKinds),
  text: z.string(),
  mean: z.number().nullable(),
  counts: z.array(z.object({ label: z.string(), count: z.number().int() })),
  texts: z.array(z.string()).describe('Open answers, in alphabetical order (never in the order given)'),
});

export const resultsSchema = z
  .object({
    surveyId: z.uuid(),
    title: z.string(),
    threshold: z.number().int(),
    isClosed: z.boolean(),
    group: z.object({ unitId: z.uuid().nullable(), roleGroup: z.enum(roleGroups).nullable() }),
    isShown: z.boolean().describe('False when the group is below the threshold or would reveal one that is'),
    respondents: z.number().int().nullable().describe('Null when not shown'),
    questions: z.array(questionResult),
    groups: z
      .array(z.object({ kind: z.enum(['unit', 'roleGroup']), id: z.string(), name: z.string() }))
      .describe('The groups shown on their own; groups below the threshold are not listed at all'),
  })
  .meta({ id: 'SurveyResults' });

const zonePoint = z.object({
  safety: z.number(),
  accountability: z.number(),
  quadrant: z.enum(['comfort', 'learning', 'apathy', 'anxiety']),
});

export const learningZoneSchema = z
  .object({
    round: z.object({ id: z.uuid(), title: z.string(), closedAt: z.string().nullable() }).nullable(),
    previousRound: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    threshold: z.number().int(),
    teams: z.array(
      z.object({
        unitId: z.uuid(),
        name: z.string(),
        isShown: z.boolean(),
        respondents: z.number().int().nullable(),
        current: zonePoint.nullable(),
        previous: zonePoint.nullable(),
      }),
    ),
  })
  .meta({ id: 'LearningZone' });

export const learningZoneQuery = z.object({ roundId: z.uuid().optional() });
