export { lastEventAt } from './audit.repository.ts';
export { diff, type EventInput, historyOf, recordEvent } from './audit.service.ts';
