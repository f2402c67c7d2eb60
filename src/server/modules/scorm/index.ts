export { registerContentHost } from './serving/content-host.ts';
