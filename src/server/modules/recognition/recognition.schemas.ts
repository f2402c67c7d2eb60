import { z } from 'zod';
import { calendarDate } from '../../http/common.schemas.ts';

const person = z.object({ id: z.uuid(), name: z.string() });

export const celebrationKinds = [
  'content',
  'course',
  'path',
  'plan_goal',
  'applied',
  'first_step',
  'badge',
  'event',
] as const;

export const celebrationSchema = z
  .object({
    id: z.uuid(),
    person,
    kind: z.enum(celebrationKinds).describe('What was achieved; the web app says it in words with the title'),
    title: z.string(),
    isShared: z.boolean(),
    kudosCount: z.number().int(),
    recognisedByMe: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Celebration' });

export const shareBody = z.object({ shared: z.boolean() });

export const giveKudosBody = z.object({
  receiverId: z.uuid(),
  message: z.string().trim().min(1).max(500),
  valueId: z.uuid().nullable().optional().describe('A core value (direction) the step honours'),
  skillId: z.uuid().nullable().optional().describe('A skill the step shows'),
  celebrationId: z.uuid().nullable().optional().describe('The celebration this recognises'),
});
export type GiveKudosInput = z.infer<typeof giveKudosBody>;

export const kudosSchema = z
  .object({
    id: z.uuid(),
    giver: person,
    receiver: person,
    message: z.string(),
    value: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    skill: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    celebrationId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Kudos' });

export const preferencesSchema = z
  .object({
    badgesVisible: z.boolean().describe('Others see my badges'),
    pointsVisible: z.boolean().describe('Others see my points and streak'),
    onLeaderboards: z.boolean().describe('I appear on individual leaderboards (opt-in)'),
  })
  .meta({ id: 'RecognitionPreferences' });
export const preferencesBody = preferencesSchema.partial();

export const settingsSchema = z
  .object({ leaderboardsEnabled: z.boolean() })
  .meta({ id: 'RecognitionSettings' });

const streakSchema = z.object({
  weeks: z.number().int(),
  graceUsed: z.boolean().describe('One missed week was forgiven'),
  activeThisWeek: z.boolean(),
});

export const awardSchema = z
  .object({
    id: z.uuid(),
    badgeId: z.uuid(),
    name: z.string(),
    description: z.string(),
    imageUrl: z.string().nullable(),
    awardedAt: z.iso.datetime(),
    isManual: z.boolean(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'BadgeAward' });

export const profileSchema = z
  .object({
    person,
    isMe: z.boolean(),
    badges: z.array(awardSchema).nullable().describe('Null when the person keeps their badges to themselves'),
    points: z.number().int().nullable().describe('Null when the person keeps their points to themselves'),
    streak: streakSchema.nullable(),
    kudos: z.array(kudosSchema),
    preferences: preferencesSchema.nullable().describe('Only on my own profile'),
  })
  .meta({ id: 'RecognitionProfile' });

export const criteriaKinds = [
  'path_completed',
  'skill_applied',
  'helped_colleagues',
  'event_attended',
  'manual',
] as const;

export const badgeInput = z.object({
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().min(1).max(1000),
  criteriaNarrative: z.string().trim().min(1).max(2000).describe('In words: how the badge is earned'),
  criteriaKind: z.enum(criteriaKinds),
  criteriaSubjectId: z
    .uuid()
    .nullable()
    .optional()
    .describe('The learning path (path_completed) or event item (event_attended); empty means any'),
  criteriaCount: z.number().int().min(1).max(100).default(1),
  imageFileId: z.uuid().nullable().optional().describe('Upload first: POST /files?purpose=image'),
});
export type BadgeInput = z.infer<typeof badgeInput>;
export const badgeChanges = badgeInput
  .omit({ criteriaCount: true })
  .extend({ criteriaCount: z.number().int().min(1).max(100), archived: z.boolean() })
  .partial();
export type BadgeChanges = z.infer<typeof badgeChanges>;

export const badgeSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    criteriaNarrative: z.string(),
    criteriaKind: z.enum(criteriaKinds),
    criteriaSubject: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    criteriaCount: z.number().int(),
    imageUrl: z.string().nullable(),
    imageFileId: z.uuid().nullable(),
    isArchived: z.boolean(),
    awardedCount: z.number().int(),
  })
  .meta({ id: 'Badge' });

export const awardBody = z.object({
  personId: z.uuid(),
  reason: z.string().trim().min(1).max(500),
});

export const revokeBody = z.object({
  reason: z.string().trim().min(1).max(500).describe('Why the badge is taken back, in words'),
});

export const badgeHolderSchema = z
  .object({
    id: z.uuid().describe('The award'),
    person,
    awardedAt: z.iso.datetime(),
    isManual: z.boolean(),
    reason: z.string().nullable(),
    canRevoke: z.boolean(),
  })
  .meta({ id: 'BadgeHolder' });

export const achievementSchema = z
  .object({
    '@context': z.array(z.string()),
    id: z.string(),
    type: z.array(z.string()),
    name: z.string(),
    description: z.string(),
    criteria: z.object({ narrative: z.string() }),
    image: z.object({ id: z.string(), type: z.literal('Image') }).nullable(),
    creator: z.object({ id: z.string(), type: z.array(z.string()), name: z.string() }),
  })
  .meta({ id: 'OpenBadgeAchievement', description: 'The badge as an Open Badges 3.0 Achievement' });

export const challengeMetrics = ['learning_minutes', 'completions', 'points'] as const;

export const challengeInput = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).default(''),
  metric: z.enum(challengeMetrics),
  contentId: z.uuid().nullable().optional().describe('The item whose completions count (metric completions)'),
  goal: z
    .number()
    .int()
    .min(1)
    .max(10_000_000)
    .describe('Per team: minutes of learning time, completions or points to reach'),
  startsOn: calendarDate,
  endsOn: calendarDate,
  teamIds: z.array(z.uuid()).min(1).max(200).describe('Org units taking part'),
});
export type ChallengeInput = z.infer<typeof challengeInput>;

export const teamStandingSchema = z.object({
  rank: z.number().int().nullable().describe('Null when the organisation switched leaderboards off'),
  team: z.object({ id: z.uuid(), name: z.string() }),
  members: z.number().int(),
  progress: z.number().int(),
  percent: z.number().int(),
  isMine: z.boolean(),
});

export const challengeSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    metric: z.enum(challengeMetrics),
    content: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    goal: z.number().int(),
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    status: z.enum(['upcoming', 'running', 'ended']),
    leaderboardsEnabled: z.boolean(),
    teams: z
      .array(teamStandingSchema)
      .describe('Ranked by progress; only my own teams when leaderboards are off'),
  })
  .meta({ id: 'Challenge' });

export const individualBoardSchema = z
  .object({
    enabled: z.boolean().describe('False when the organisation switched leaderboards off'),
    iAmOnIt: z.boolean().describe('False until I opt in'),
    entries: z
      .array(z.object({ rank: z.number().int(), person, score: z.number().int(), isMe: z.boolean() }))
      .describe('The top three and my neighbours: only people who opted in, never the bottom of the list'),
  })
  .meta({ id: 'IndividualLeaderboard' });

export const personalDataSchema = z
  .object({
    kudosGiven: z.array(kudosSchema),
    kudosReceived: z.array(kudosSchema),
    celebrations: z.array(celebrationSchema),
    badges: z.array(awardSchema),
    points: z.array(
      z.object({
        action: z.string(),
        points: z.number().int(),
        onDate: z.iso.date(),
        createdAt: z.iso.datetime(),
      }),
    ),
    preferences: preferencesSchema,
  })
  .meta({ id: 'RecognitionPersonalData' });
