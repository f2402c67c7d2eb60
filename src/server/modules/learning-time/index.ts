// What other modules may use from learning time: booking time learned (events, WorkOuts), and the
// session shape of the calendar-feed port that events provide.

// Insight: time booked per person and day for its summary job; the week views for its dashboards.
export { learningTimeFacts } from './learning-time.insight.ts';
// Campaigns' nudges: reserved blocks on a date.
export { blocksOn } from './learning-time.nudges.ts';
export type { CalendarSession } from './learning-time.ports.ts';
export { myWeek, teamWeek } from './learning-time.read.ts';
export { learnedTotals } from './learning-time.repository.ts';
export { bookLearningTime, unbookLearningTime } from './learning-time.service.ts';
