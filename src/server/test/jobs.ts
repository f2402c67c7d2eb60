import pino from 'pino';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { createModuleDeps, modules } from '../modules.ts';

/** Runs one module job now, as the job runner would on its schedule; answers what the job answers. */
export async function runJob(name: string, deps: { db: Db; config: Config }): Promise<unknown> {
  const job = modules.flatMap((module) => module.jobs ?? []).find((candidate) => candidate.name === name);
  if (!job) throw new Error(`No job "${name}" in any module manifest.`);
  // Jobs get what the runner gives them: a logger and a bus (here without listeners).
  return job.run(createModuleDeps({ ...deps, log: pino({ level: 'silent' }) }));
}
