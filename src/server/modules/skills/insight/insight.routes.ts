import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { idParams, problems } from '../../../http/common.schemas.ts';
import { fileHeaders } from '../../../http/file-response.ts';
import { gapsView, organisationGaps, teamMatrix } from './insight.read.ts';
import {
  organisationGapsSchema,
  personGapsQuery,
  personGapsSchema,
  teamMatrixQuery,
  teamMatrixSchema,
  unitGapsQuery,
} from './insight.schemas.ts';
import { matrixCsv, matrixXlsx } from './matrix.export.ts';

const tags = ['skills'];

export const insightRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
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
      async (request) =>
        gapsView(ctxOf(request), { personId: request.params.id, targetRoleId: request.query.targetRoleId }),
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
        const ctx = ctxOf(request);
        const matrix = await teamMatrix(ctx, { unitId: request.query.unitId });
        const { format } = request.query;
        // Typed against teamMatrixSchema when compiled (skills.team-matrix.test.ts checks the body too):
        // zod re-encoding 500 × 60 cells cost ~16 ms of every request (BENCHMARKS.md).
        if (format === 'json')
          return reply.type('application/json; charset=utf-8').serializer(JSON.stringify).send(matrix);
        const { locale } = ctx;
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
      async (request) => organisationGaps(ctxOf(request), { unitId: request.query.unitId }),
    );
  };
