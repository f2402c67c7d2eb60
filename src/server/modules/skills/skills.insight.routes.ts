import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { fileHeaders } from '../../http/file-response.ts';
import { type Auth, assertCan, authOf } from '../access/index.ts';
import { matrixCsv, matrixXlsx } from './skills.export.ts';
import {
  organisationGapsSchema,
  personGapsQuery,
  personGapsSchema,
  teamMatrixQuery,
  teamMatrixSchema,
  unitGapsQuery,
} from './skills.insight.schemas.ts';
import { organisationGaps, personGaps, teamMatrix } from './skills.insight.service.ts';

const tags = ['skills'];
const localeOf = (auth: Auth) => (auth.kind === 'person' ? auth.locale : 'nl');

export const insightRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/skills/people/:id/gaps',
      {
        schema: {
          tags,
          summary:
            'Gaps against the current or a target role ("what would it take to become …?"), largest first, with learning',
          params: idParams,
          querystring: personGapsQuery,
          response: { 200: personGapsSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.read');
        return personGaps({
          db: deps.db,
          auth,
          personId: request.params.id,
          targetRoleId: request.query.targetRoleId,
          locale: localeOf(auth),
        });
      },
    );

    app.get(
      '/skills/team-matrix',
      {
        schema: {
          tags,
          summary:
            'People × skills with current and target levels and single points of failure; format=csv|xlsx downloads it',
          querystring: teamMatrixQuery,
          produces: [
            'application/json',
            'text/csv',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ],
          response: { 200: teamMatrixSchema, ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.read');
        const matrix = await teamMatrix({ db: deps.db, auth, unitId: request.query.unitId });
        const { format } = request.query;
        // Typed against teamMatrixSchema when compiled (skills.team-matrix.test.ts checks the body too):
        // zod re-encoding 500 × 60 cells cost ~16 ms of every request (BENCHMARKS.md).
        if (format === 'json')
          return reply.type('application/json; charset=utf-8').serializer(JSON.stringify).send(matrix);
        const locale = localeOf(auth);
        const body = format === 'csv' ? matrixCsv(matrix, locale) : await matrixXlsx(matrix, locale);
        const name = locale === 'nl' ? 'vaardighedenmatrix' : 'skills-matrix';
        return (
          fileHeaders(reply, {
            fileName: `${name}.${format}`,
            contentType:
              format === 'csv'
                ? 'text/csv; charset=utf-8'
                : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          })
            .header('cache-control', 'no-store')
            // The file itself; the 200 schema describes the JSON form.
            .serializer((payload: unknown) => payload as string)
            .send(body as never)
        );
      },
    );

    app.get(
      '/skills/organisation-gaps',
      {
        schema: {
          tags,
          summary:
            'Per skill: demand from role profiles, people below target and total gap (a unit or everyone)',
          querystring: unitGapsQuery,
          response: { 200: organisationGapsSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.insight');
        return organisationGaps({ db: deps.db, auth, unitId: request.query.unitId });
      },
    );
  };
