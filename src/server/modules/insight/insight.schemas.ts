import { z } from 'zod';

const day = z.iso.date();
const percent = z.number().nullable().describe('Rounded to one decimal; null when the count behind it is 0');

export const scopeQuery = z.object({
  from: day.optional().describe('First day of the period (default: the first of the month 11 months back)'),
  to: day.optional().describe('Last day of the period (default: today)'),
  unitId: z.uuid().optional().describe('A unit; its sub-units are included'),
  jobTitle: z.string().trim().max(200).optional().describe('Only people with this job title'),
});

export const reportQuery = scopeQuery.extend({
  locale: z.enum(['nl', 'en']).optional().describe("The report's language (default: the reader's)"),
});

const subject = z.object({
  kind: z.enum(['content', 'course', 'path']),
  id: z.uuid(),
  title: z.string(),
  format: z.string(),
});

export const organisationDashboardSchema = z.object({
  period: z.object({ from: day, to: day }),
  refreshedAt: z.string().nullable(),
  threshold: z.number().int().describe('The minimum group size: figures about fewer people are left out'),
  totals: z
    .object({
      people: z.number().int(),
      activeLearners: z.number().int(),
      activeShare: percent,
      learningHours: z.number(),
      completions: z.number().int(),
    })
    .nullable()
    .describe(
      'null (and no months, units, items or formats) when the selection has fewer people than the minimum, or the people outside it would be',
    ),
  months: z.array(
    z.object({
      month: z.string(),
      activeLearners: z.number().int(),
      learningHours: z.number(),
      completions: z.number().int(),
    }),
  ),
  units: z.array(
    z.object({
      unitId: z.uuid().nullable(),
      unitName: z.string().nullable(),
      people: z.number().int(),
      activeLearners: z.number().int(),
      learningHours: z.number(),
      completions: z.number().int(),
    }),
  ),
  hiddenUnits: z.number().int().describe('Units left out: too few people, or they would reveal a small one'),
  items: z.array(
    z.object({
      subject,
      started: z.number().int(),
      finishedOfStarted: z.number().int(),
      droppedOff: z.number().int(),
      completionRate: percent,
      completed: z.number().int(),
    }),
  ),
  formats: z.array(
    z.object({
      format: z.string(),
      started: z.number().int(),
      finishedOfStarted: z.number().int(),
      droppedOff: z.number().int(),
      completionRate: percent,
      completed: z.number().int(),
    }),
  ),
  ratings: z.array(
    z.object({ subject, ratings: z.number().int(), average: z.number(), comments: z.array(z.string()) }),
  ),
  cost: z.object({
    hourlyRateCents: z.number().int(),
    learningHours: z.number().nullable(),
    timeCostCents: z.number().int().nullable(),
  }),
});

export const goalCoverageSchema = z.object({
  period: z.object({ from: day, to: day }),
  threshold: z.number().int(),
  isHidden: z.boolean().describe('The selection is smaller than the minimum group size: no goals listed'),
  goals: z.array(
    z.object({
      goalId: z.uuid(),
      title: z.string(),
      status: z.string(),
      peopleWithPlanGoal: z.number().int(),
      taggedLearning: z.number().int(),
      taggedCompletions: z.number().int(),
      keyResults: z.array(z.object({ id: z.uuid(), metric: z.string(), hasLearning: z.boolean() })),
    }),
  ),
});

const group = z
  .object({ people: z.number().int(), retained: z.number().int(), percent })
  .nullable()
  .describe('null when the group is smaller than the minimum, or would reveal a smaller one');
const split = { learned: group, notLearned: group };

export const retentionSchema = z.object({
  window: z.object({ from: day, to: day }),
  threshold: z.number().int(),
  overall: z.object(split),
  byUnit: z.array(z.object({ unitId: z.uuid().nullable(), unitName: z.string().nullable(), ...split })),
  byTenure: z.array(z.object({ band: z.enum(['0-1', '1-3', '3-10', '10+', 'unknown']), ...split })),
});

const week = z.object({
  normMinutes: z.number().int(),
  reservedMinutes: z.number().int(),
  learnedMinutes: z.number().int(),
});
const planState = z.enum(['none', 'draft', 'shared', 'agreed', 'reviewed']);
const count = z.number().int();
const agreementCounts = z
  .object({ open: count, kept: count, overdue: count })
  .describe(
    'Learning agreements by state: overdue (a follow-up past due), kept (agreed, all answered), open',
  );

export const teamDashboardSchema = z.object({
  weekStart: day,
  weekEnd: day,
  monthStart: day,
  totals: week.extend({
    members: z.number().int(),
    activeLearners: z.number().int(),
    completions: z.number().int(),
    overdueAssignments: z.number().int(),
    planStates: z.object({ none: count, draft: count, shared: count, agreed: count, reviewed: count }),
    conversationStates: z.object({ none: count, open: count, prepared: count, held: count, signed: count }),
    agreements: agreementCounts,
  }),
  members: z.array(
    z.object({
      person: z.object({ id: z.uuid(), displayName: z.string() }),
      week,
      monthMinutes: z.number().int(),
      monthCompletions: z.number().int(),
      isActive: z.boolean(),
      planState,
      conversation: z.object({
        state: z
          .enum(['none', 'open', 'prepared', 'held', 'signed'])
          .describe('The latest conversation cycle: prepared by both, held, signed by both (never content)'),
        cycleName: z.string().nullable(),
      }),
      agreements: agreementCounts,
    }),
  ),
});

export const teamMemberSchema = teamDashboardSchema.shape.members.element;

export const myGrowthSchema = z.object({
  week: week.extend({ weekStart: day, weekEnd: day }),
  months: z.array(z.object({ month: z.string(), minutes: z.number().int(), completions: z.number().int() })),
  year: z.object({ minutes: z.number().int(), completions: z.number().int(), activeDays: z.number().int() }),
  planGoals: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      status: z.enum(['open', 'in_progress', 'achieved', 'dropped']),
      progress: z.number().int(),
    }),
  ),
  since: day.describe('First day of the 12 months skills and badges are counted over'),
  skillsGrown: z.array(
    z.object({
      skill: z.object({ id: z.uuid(), name: z.object({ nl: z.string(), en: z.string() }) }),
      fromLevel: z.number().int(),
      toLevel: z.number().int(),
      ratedOn: day,
    }),
  ),
  badges: z.array(
    z.object({ id: z.uuid(), badgeId: z.uuid(), name: z.string(), awardedAt: z.iso.datetime() }),
  ),
});

export const settingsSchema = z.object({
  hourlyRateCents: z
    .number()
    .int()
    .min(0)
    .max(100_000)
    .describe('Cost of one hour of learning time, in cents'),
});

const cents = z.number().int();
const budgetFigures = {
  people: z.number().int().describe('People with a development budget this year'),
  availableCents: cents.describe('Amount plus carried over'),
  committedCents: cents.describe('Approved requests not yet completed'),
  spentCents: cents.describe('Completed requests: what was really paid'),
  hoursUsed: z.number().int(),
  requests: z.number().int().describe('Approved or completed requests'),
  usedShare: percent.describe('(committed + spent) ÷ available, in %'),
};
const gapFigures = z.object({
  belowTarget: z.number().int(),
  notAssessed: z.number().int(),
  totalGap: z.number().int(),
});

export const organisationDevelopmentSchema = z.object({
  period: z.object({ from: day, to: day }),
  threshold: z.number().int().describe('The minimum group size: smaller groups are not shown'),
  budgets: z.object({
    year: z.number().int(),
    totals: z.object(budgetFigures).nullable().describe('null when fewer people than the minimum'),
    units: z.array(
      z.object({ unitId: z.uuid().nullable(), unitName: z.string().nullable(), ...budgetFigures }),
    ),
    hiddenUnits: z.number().int().describe('Units left out: too few people, or they would reveal one'),
    purchases: z.array(
      z.object({
        provider: z.string(),
        people: z.number().int(),
        requests: z.number().int(),
        cents: cents.describe('Spent when completed, else the approved cost'),
      }),
    ),
    otherPurchasesCents: cents.nullable().describe('Providers with fewer people than the minimum, together'),
  }),
  cycles: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      startsOn: day,
      endsOn: day,
      state: z.enum(['open', 'closed']),
      counts: z
        .object({
          conversations: z.number().int(),
          prepared: z.number().int(),
          held: z.number().int(),
          signed: z.number().int(),
          completionRate: percent.describe('Signed by both ÷ conversations'),
        })
        .nullable()
        .describe('null when the cycle has fewer conversations in scope than the minimum'),
    }),
  ),
  skills: z.array(
    z.object({
      skill: z.object({ id: z.uuid(), name: z.object({ nl: z.string(), en: z.string() }) }),
      demand: z.number().int().describe('Current holders of a role whose profile asks for the skill'),
      atStart: gapFigures.describe('On the ratings known the day before the period'),
      atEnd: gapFigures.describe('On the ratings known at the end of the period'),
      closed: z.number().int().describe('Levels of gap closed over the period (negative: it grew)'),
    }),
  ),
  hiddenSkills: z.number().int(),
});

export const reportMailSchema = z.object({
  isRecipient: z
    .boolean()
    .describe('HR, L&D, the owner (organisation report) or a manager of direct reports (team report)'),
  isSubscribed: z.boolean().describe('false when switched off: no monthly report by mail'),
});
export const reportMailBody = z.object({ isSubscribed: z.boolean() });
