import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentOriginOf } from '../../../config.ts';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { idParams, problems } from '../../../http/common.schemas.ts';
import { fileHeaders } from '../../../http/file-response.ts';
import { reportCsv, reportXlsx } from './report.export.ts';
import { packageReport } from './report.read.ts';
import { exportQuery, reportSchema } from './report.schemas.ts';

const tags = ['scorm'];

export const reportRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const isPlayable = contentOriginOf(deps.config) !== null;

    app.get(
      '/scorm/packages/:id/report',
      {
        schema: {
          tags,
          summary:
            'L&D report of a package: attempts, completion, pass rate, scores, time, answers per question',
          params: idParams,
          response: { 200: reportSchema, ...problems },
        },
      },
      async (request) => {
        const {
          interactions: _answers,
          attemptRows: _rows,
          ...report
        } = await packageReport(ctxOf(request), request.params.id, isPlayable);
        return report;
      },
    );

    app.get(
      '/scorm/packages/:id/report/export',
      {
        schema: {
          tags,
          summary: 'Every answer (cmi.interactions) as CSV, or XLSX with the attempts on a second sheet',
          params: idParams,
          querystring: exportQuery,
          response: { ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const report = await packageReport(ctx, request.params.id, isPlayable);
        const language = request.query.language ?? ctx.locale;
        const name = `scorm-${report.title
          .replace(/[^\p{L}\p{N}]+/gu, '-')
          .replace(/^-+|-+$/g, '')
          .slice(0, 60)}`;
        if (request.query.format === 'xlsx') {
          fileHeaders(reply, {
            fileName: `${name}.xlsx`,
            contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            inline: false,
          });
          return reply.send((await reportXlsx(report, language)) as never);
        }
        fileHeaders(reply, {
          fileName: `${name}.csv`,
          contentType: 'text/csv; charset=utf-8',
          inline: false,
        });
        return reply.send(reportCsv(report, language) as never);
      },
    );
  };
