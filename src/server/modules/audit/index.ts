export { diff, type EventInput, historyOf, recordEvent } from './audit.service.ts';
