import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { fileHeaders } from '../../http/file-response.ts';
import { preparedOnce, sendAnswer } from '../../http/prepared-json.ts';
import { organisationDevelopment } from './insight.development.ts';
import { goalCoverageView, organisationDashboard, retentionView } from './insight.read.ts';
import { organisationReport } from './insight.report.ts';
import {
  goalCoverageSchema,
  myGrowthSchema,
  organisationDashboardSchema,
  organisationDevelopmentSchema,
  reportMailBody,
  reportMailSchema,
  reportQuery,
  retentionSchema,
  scopeQuery,
  settingsSchema,
  teamDashboardSchema,
  teamMemberSchema,
} from './insight.schemas.ts';
import { reportMail, setHourlyRate, setMyReportMail, settingsOf } from './insight.service.ts';
import { myGrowth, teamDashboard } from './insight.team.ts';

const tags = ['insight'];

export const insightRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/insight/organisation',
      {
        schema: {
          tags,
          summary: 'Organisation dashboard: active learners, hours, completion and drop-off, ratings, cost',
          querystring: scopeQuery,
          response: { 200: organisationDashboardSchema, ...problems },
        },
      },
      // The answer is kept per refresh (insight.read.ts): written out once per kept copy.
      async (request, reply) =>
        sendAnswer(
          reply,
          preparedOnce(
            await organisationDashboard(ctxOf(request), request.query),
            organisationDashboardSchema,
          ),
        ),
    );
    app.get(
      '/insight/organisation/development',
      {
        schema: {
          tags,
          summary:
            'Budget use by unit and what it bought, conversation-cycle completion, skills gaps then and now',
          querystring: scopeQuery,
          response: { 200: organisationDevelopmentSchema, ...problems },
        },
      },
      async (request) => organisationDevelopment(ctxOf(request), request.query),
    );
    app.get(
      '/insight/organisation/report.pdf',
      {
        schema: {
          tags,
          summary: 'The organisation dashboard as a PDF report, with the same filters and small-group rule',
          querystring: reportQuery,
          produces: ['application/pdf'],
          response: { ...problems },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await organisationReport(ctxOf(request), request.query);
        return fileHeaders(reply, { fileName, contentType: 'application/pdf', inline: false }).send(
          Buffer.from(pdf) as never,
        );
      },
    );
    app.get(
      '/insight/goals',
      {
        schema: {
          tags,
          summary: 'Goal coverage: plan goals, tagged learning and key results with learning behind them',
          querystring: scopeQuery,
          response: { 200: goalCoverageSchema, ...problems },
        },
      },
      async (request, reply) =>
        sendAnswer(
          reply,
          preparedOnce(await goalCoverageView(ctxOf(request), request.query), goalCoverageSchema),
        ),
    );
    app.get(
      '/insight/retention',
      {
        schema: {
          tags,
          summary:
            '12-month retention of people who learned vs who did not, with counts (association, not cause)',
          querystring: scopeQuery,
          response: { 200: retentionSchema, ...problems },
        },
      },
      async (request) => retentionView(ctxOf(request), request.query),
    );
    app.get(
      '/insight/team',
      {
        schema: {
          tags,
          summary: "My direct reports' learning: time vs norm, active learners, completions, overdue, plans",
          response: { 200: teamDashboardSchema, ...problems },
        },
      },
      async (request) => teamDashboard(ctxOf(request)),
    );
    app.get(
      '/insight/team/:id',
      {
        schema: {
          tags,
          summary: 'One direct report: learning, plan, conversation state and agreement counts (no content)',
          params: idParams,
          response: { 200: teamMemberSchema, ...problems },
        },
      },
      async (request) => (await teamDashboard(ctxOf(request), request.params.id)).members[0],
    );
    app.get(
      '/insight/me',
      {
        schema: {
          tags,
          summary: 'Mijn groei: my learning time vs norm, months, what I finished, my plan goals',
          response: { 200: myGrowthSchema, ...problems },
        },
      },
      async (request) => myGrowth(ctxOf(request)),
    );
    app.get(
      '/insight/report-mail',
      {
        schema: {
          tags,
          summary: 'Whether I get the monthly report by mail',
          response: { 200: reportMailSchema, ...problems },
        },
      },
      async (request) => reportMail(ctxOf(request)),
    );
    app.put(
      '/insight/report-mail',
      {
        schema: {
          tags,
          summary: 'Switch my monthly report by mail on or off',
          body: reportMailBody,
          response: { 200: reportMailSchema, ...problems },
        },
      },
      async (request) => setMyReportMail(ctxOf(request), request.body.isSubscribed),
    );
    app.get(
      '/insight/settings',
      {
        schema: {
          tags,
          summary: 'The hourly rate of learning time',
          response: { 200: settingsSchema, ...problems },
        },
      },
      async (request) => settingsOf(ctxOf(request)),
    );
    app.put(
      '/insight/settings',
      {
        schema: {
          tags,
          summary: 'Set the hourly rate of learning time',
          body: settingsSchema,
          response: { 200: settingsSchema, ...problems },
        },
      },
      async (request) => setHourlyRate(ctxOf(request), request.body.hourlyRateCents),
    );
  };
