import type { FastifyInstance } from 'fastify';
import type { Bus } from '../../../core/bus.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/errors.ts';
import { lrsAuthorization } from './lrs-access.ts';

// LMS.LaunchData (cmi5 spec 10): the state document the AU reads first, written through the LRS's
// own State API so the AU reads it back there unchanged.

export async function writeLaunchData(
  app: Pick<FastifyInstance, 'inject'>,
  deps: { db: Db; bus: Bus; log: Parameters<typeof lrsAuthorization>[0]['log']; serverSecret: string },
  organisationId: string,
  launch: { activityId: string; actor: object; registration: string; launchData: object },
) {
  const authorization = await lrsAuthorization(deps, organisationId);
  const query = new URLSearchParams({
    activityId: launch.activityId,
    agent: JSON.stringify(launch.actor),
    registration: launch.registration,
    stateId: 'LMS.LaunchData',
  });
  const answer = await app.inject({
    method: 'PUT',
    url: `/xapi/activities/state?${query}`,
    headers: {
      authorization,
      'content-type': 'application/json',
      'x-experience-api-version': '1.0.3',
    },
    payload: JSON.stringify(launch.launchData),
  });
  if (answer.statusCode !== 204) {
    deps.log.error({ status: answer.statusCode, body: answer.body }, 'cmi5: LMS.LaunchData was not stored');
    throw new AppError(
      'conflict',
      'The launch could not be prepared in the learning record store; try again.',
    );
  }
}
