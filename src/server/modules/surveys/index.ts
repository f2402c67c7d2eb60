// What other modules may call from surveys (nothing yet: the Learning Zone is read over HTTP).
export { learningZone } from './surveys.zone.ts';
