// What other modules may use from learning time: booking time learned (events, WorkOuts), and the
// session shape of the calendar-feed port that events provide.

// Campaigns' nudges: reserved blocks on a date.
export { blocksOn } from './learning-time.nudges.ts';
export type { CalendarSession } from './learning-time.ports.ts';
export { learnedTotals } from './learning-time.repository.ts';
export { bookLearningTime, unbookLearningTime } from './learning-time.service.ts';
