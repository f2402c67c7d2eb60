import type { FastifyReply } from 'fastify';
import type { ModuleDeps } from '../../../core/module.ts';
import { forOrganisation } from '../../../db/tenant.ts';
import { canReadDefinitions } from '../credentials/scopes.ts';
import { activityKey, agentKey } from '../statements/statement-keys.ts';
import { actor } from '../statements/validate-actors.ts';
import { iri, type JsonObject } from '../statements/validate-primitives.ts';
import { badRequest, forbiddenXapi } from '../xapi.errors.ts';
import { onlyParams, type XapiRequest, type XapiRoute } from '../xapi.request.ts';
import { supportedVersions } from '../xapi.version.ts';
import { activityDefinition, identitiesOfSamePerson } from './resources.repository.ts';

const sendJson = (reply: FastifyReply, value: unknown) =>
  reply.status(200).type('application/json; charset=utf-8').send(JSON.stringify(value));

/** The Person object (Communication 2.4): every identifier and name known for the same person. */
function personOf(agents: JsonObject[]): JsonObject {
  const person: Record<string, unknown[]> = {};
  const add = (key: string, value: unknown) => {
    if (value === undefined) return;
    const list = person[key] ?? [];
    person[key] = list;
    if (!list.some((entry) => JSON.stringify(entry) === JSON.stringify(value))) list.push(value);
  };
  for (const agent of agents) {
    add('name', agent.name);
    add('mbox', agent.mbox);
    add('mbox_sha1sum', agent.mbox_sha1sum);
    add('openid', agent.openid);
    add('account', agent.account);
  }
  return { objectType: 'Person', ...person };
}

export function resourceRoutes(deps: ModuleDeps): XapiRoute[] {
  async function about(request: XapiRequest, reply: FastifyReply) {
    onlyParams(request, []);
    return sendJson(reply, { version: ['1.0.0', '1.0.1', '1.0.2', ...supportedVersions], extensions: {} });
  }

  async function activities(request: XapiRequest, reply: FastifyReply) {
    onlyParams(request, ['activityId']);
    if (!canReadDefinitions(request.client)) throw forbiddenXapi('this credential may not read activities');
    if (request.params.activityId === undefined)
      throw badRequest('parameter activityId is required', 'Communication 2.5 (Activities Resource)');
    const id = iri(request.params.activityId, { path: 'activityId', version: request.version });
    const definition = await activityDefinition(
      forOrganisation(deps.db, request.client.organisationId),
      activityKey(id),
    );
    return sendJson(reply, { objectType: 'Activity', id, ...(definition ? { definition } : {}) });
  }

  async function agents(request: XapiRequest, reply: FastifyReply) {
    onlyParams(request, ['agent']);
    if (!canReadDefinitions(request.client)) throw forbiddenXapi('this credential may not read agents');
    if (request.params.agent === undefined)
      throw badRequest('parameter agent is required', 'Communication 2.4 (Agents Resource)');
    let value: unknown;
    try {
      value = JSON.parse(request.params.agent);
    } catch {
      throw badRequest('parameter agent is not JSON', 'Communication 2.4');
    }
    const agent = actor(value, { path: 'agent', version: request.version });
    const key = agentKey(agent);
    if (!key) throw badRequest('parameter agent must identify an agent', 'Communication 2.4');
    // An actor matched to a person brings every other identifier of that person along.
    const known = await identitiesOfSamePerson(forOrganisation(deps.db, request.client.organisationId), key);
    const identities = [agent, ...known];
    return sendJson(reply, personOf(identities));
  }

  return [
    { url: '/about', handlers: { GET: about, HEAD: about }, isPublic: true },
    { url: '/activities', handlers: { GET: activities, HEAD: activities } },
    { url: '/agents', handlers: { GET: agents, HEAD: agents } },
  ];
}
