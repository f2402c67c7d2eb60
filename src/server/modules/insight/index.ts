// Insight is reached over HTTP and by its jobs; seeds and benchmarks refresh its summary tables directly.
export { refreshAll, refreshOrganisation } from './insight.refresh.ts';
