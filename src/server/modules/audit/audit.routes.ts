import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { pageOf, pageQuery, problems } from '../../http/common.schemas.ts';
import { assertCan, authOf } from '../access/index.ts';

const eventSchema = z
  .object({
    id: z.number().int(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string().nullable(),
    actor: z.object({
      kind: z.enum(['person', 'token', 'system']),
      id: z.string().nullable(),
      name: z.string().nullable(),
    }),
    changes: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'AuditEvent' });

export const auditRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/events',
      {
        schema: {
          tags: ['audit'],
          summary: 'The audit log: every change, newest first',
          querystring: z.object({
            ...pageQuery,
            subjectType: z.string().optional(),
            subjectId: z.string().optional(),
            action: z.string().optional(),
          }),
          response: { 200: pageOf(eventSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'audit.read');
        const { page, pageSize, subjectType, subjectId, action } = request.query;
        let query = forOrganisation(deps.db, auth.organisationId).selectFrom('events');
        if (subjectType) query = query.where('events.subject_type', '=', subjectType);
        if (subjectId) query = query.where('events.subject_id', '=', subjectId);
        if (action) query = query.where('events.action', '=', action);
        const [rows, count] = await Promise.all([
          query
            .leftJoin('people', (join) =>
              join
                .onRef('people.organisation_id', '=', 'events.organisation_id')
                .onRef('people.id', '=', 'events.actor_person_id'),
            )
            .select([
              'events.id',
              'events.action',
              'events.subject_type',
              'events.subject_id',
              'events.actor_person_id',
              'events.actor_token_id',
              'events.changes',
              'events.created_at',
              'people.given_name',
              'people.family_name_prefix',
              'people.family_name',
            ])
            .orderBy('events.id', 'desc')
            .limit(pageSize)
            .offset((page - 1) * pageSize)
            .execute(),
          query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
        ]);
        return {
          items: rows.map((row) => ({
            id: Number(row.id),
            action: row.action,
            subjectType: row.subject_type,
            subjectId: row.subject_id,
            actor: row.actor_person_id
              ? {
                  kind: 'person' as const,
                  id: row.actor_person_id,
                  name:
                    [row.given_name, row.family_name_prefix, row.family_name].filter(Boolean).join(' ') ||
                    null,
                }
              : row.actor_token_id
                ? { kind: 'token' as const, id: row.actor_token_id, name: null }
                : { kind: 'system' as const, id: null, name: null },
            changes: row.changes,
            createdAt: row.created_at.toISOString(),
          })),
          page,
          pageSize,
          total: Number(count.total),
        };
      },
    );
  };
