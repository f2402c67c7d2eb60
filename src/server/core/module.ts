import type { FastifyBaseLogger, FastifyPluginAsync } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { Bus } from './bus.ts';
import type { PersonalDataContributor } from './personal-data.ts';
import type { Ports } from './ports.ts';

/** What every module is built from: nothing else is shared between modules at start-up. */
export type ModuleDeps = {
  db: Db;
  config: Config;
  bus: Bus;
  log: FastifyBaseLogger;
};

/** A background job: pg-boss runs it on its cron schedule, on one instance at a time. */
export type JobSpec = {
  /** Queue name, `<module>.<what>`. */
  name: string;
  /** Cron expression (UTC). */
  cron: string;
  run(deps: ModuleDeps): Promise<unknown>;
};

/**
 * A module's manifest (`<module>/<module>.module.ts`): its routes, jobs and event listeners. The app
 * and the job runner loop over the list in src/server/modules.ts; the functions other modules may call
 * are what the module's index.ts exports.
 */
export type ModuleManifest = {
  name: string;
  routes?: (deps: ModuleDeps) => FastifyPluginAsyncZod | FastifyPluginAsyncZod[];
  jobs?: JobSpec[];
  listen?: (bus: Bus, deps: ModuleDeps) => void;
  /** Plugins outside /api/v1 (a standard's own endpoints, such as xAPI's /xapi), with their own auth. */
  mounts?: (deps: ModuleDeps) => { prefix: string; plugin: FastifyPluginAsync }[];
  /** Functions this module provides to modules that cannot depend on it (see core/ports.ts). */
  provides?: Partial<Ports>;
  /** The person's data this module holds: exported and erased through the privacy module. */
  personalData?: readonly PersonalDataContributor[];
};

export const defineModule = (manifest: ModuleManifest): ModuleManifest => manifest;
