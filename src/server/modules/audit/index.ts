export { diff, type EventInput, recordEvent } from './audit.service.ts';
