import { basename } from 'node:path';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { problemSchema, problems } from '../../http/common.schemas.ts';
import { AppError } from '../../http/errors.ts';
import { fileHeaders } from '../../http/file-response.ts';
import { assertCan, authOf, personIdOf } from '../access/index.ts';
import { fileTooComplexProblem } from '../files/index.ts';
import { importProblemResponse, sheetReading, uploadBody } from '../imports/index.ts';
import { presentRequest } from './budget-requests.presenter.ts';
import { filesOf, requestsQuery } from './budget-requests.repository.ts';
import { thisYear } from './budget-requests.service.ts';
import { financeCsv, financeRows, financeXlsx } from './budgets.export.ts';
import { importBudgetFile, importBudgetText, previewBudgetFile } from './budgets.import.ts';
import { budgetsWithLedger, presentBudget } from './budgets.ledger.ts';
import {
  allocateBody,
  budgetImportPreviewSchema,
  budgetSchema,
  exportQuery,
  importBody,
  importFileQuery,
  listBudgetsQuery,
  myBudgetSchema,
  policyBody,
  policySchema,
  yearParams,
} from './budgets.schemas.ts';
import { allocateBudgets, setPolicy } from './budgets.service.ts';

const tags = ['development budgets'];

export const budgetRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/budgets/mine',
      {
        schema: {
          tags,
          summary: 'My development budget for a year (default: this year) with its ledger and my requests',
          querystring: z.object({ year: allocateBody.shape.year.optional() }),
          response: { 200: myBudgetSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        const me = personIdOf(auth);
        const year = request.query.year ?? (await thisYear(deps.db, auth.organisationId));
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const budget = await budgetsWithLedger(tenant)
          .where('development_budgets.person_id', '=', me)
          .where('development_budgets.year', '=', year)
          .executeTakeFirst();
        const rows = await requestsQuery(tenant)
          .where('budget_requests.person_id', '=', me)
          .where('b.year', '=', year)
          .execute();
        const files = await filesOf(
          tenant,
          rows.map((row) => row.id),
        );
        return {
          year,
          budget: budget ? presentBudget(budget) : null,
          requests: rows.map((row) => presentRequest(row, files, auth)),
        };
      },
    );

    app.get(
      '/budgets',
      {
        schema: {
          tags,
          summary: "Budgets with ledgers: my reports' (scope=team) or everyone's for HR (scope=organisation)",
          querystring: listBudgetsQuery,
          response: { 200: z.array(budgetSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        const year = request.query.year ?? (await thisYear(deps.db, auth.organisationId));
        let query = budgetsWithLedger(forOrganisation(deps.db, auth.organisationId))
          .where('development_budgets.year', '=', year)
          .orderBy('p.family_name')
          .orderBy('p.given_name');
        if (request.query.scope === 'organisation') assertCan(auth, 'development.manage');
        else query = query.where('p.manager_id', '=', personIdOf(auth));
        return (await query.limit(10_000).execute()).map(presentBudget);
      },
    );

    app.get(
      '/budgets/policies/:year',
      {
        schema: {
          tags,
          summary: 'The budget rule for a year (HR)',
          params: yearParams,
          response: { 200: policySchema.nullable(), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'development.manage');
        const row = await forOrganisation(deps.db, auth.organisationId)
          .selectFrom('budget_policies')
          .selectAll()
          .where('year', '=', request.params.year)
          .executeTakeFirst();
        return row
          ? {
              year: row.year,
              amountCents: row.amount_cents,
              hours: row.hours,
              isProRata: row.is_pro_rata,
              fullTimeHours: Number(row.full_time_hours),
              carryOverMaxCents: row.carry_over_max_cents,
              requiresHrApproval: row.requires_hr_approval,
            }
          : null;
      },
    );

    app.put(
      '/budgets/policies/:year',
      {
        schema: {
          tags,
          summary:
            'Set the budget rule for a year: fixed or pro rata by contract hours, carry-over, approval chain (HR)',
          params: yearParams,
          body: policyBody,
          response: { 200: policySchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'development.manage');
        await setPolicy({ db: deps.db, auth, year: request.params.year, policy: request.body });
        return { year: request.params.year, ...request.body };
      },
    );

    app.post(
      '/budgets/allocate',
      {
        schema: {
          tags,
          summary: 'Give everyone their budget for the year by the rule (imported and hand-set budgets stay)',
          body: allocateBody,
          response: { 200: z.object({ budgets: z.number().int() }), ...problems, 409: problems[400] },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'development.manage');
        return { budgets: await allocateBudgets({ db: deps.db, auth, year: request.body.year }) };
      },
    );

    app.post(
      '/budgets/import',
      {
        schema: {
          tags,
          summary:
            'Import budgets from CSV text "e-mail;amount;hours": every line or none; problems name the line',
          body: importBody,
          response: { 200: z.object({ budgets: z.number().int() }), ...problems, 415: problemSchema },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'development.manage');
        const reading = sheetReading(deps.config.uploadLimits, request.log);
        return { budgets: await importBudgetText({ db: deps.db, auth, ...request.body, reading }) };
      },
    );

    // A file upload (CSV or XLSX) is read the way the people import reads it; preview and import take
    // the same file, so nothing is kept between the two.
    const readUpload = async (request: FastifyRequest) => {
      // Stops reading at 5 MB (413) instead of taking in the 20 MB other uploads may have.
      const file = await request.file({ limits: { fileSize: 5 * 1024 * 1024 } });
      if (file?.fieldname !== 'file')
        throw new AppError('validation_failed', 'Send the file in the multipart field "file".', {
          errors: [{ field: 'file', message: 'is missing' }],
        });
      const content = await file.toBuffer();
      return {
        content,
        fileName: basename(file.filename || 'upload').slice(0, 200) || 'upload',
        reading: sheetReading(deps.config.uploadLimits, request.log),
      };
    };
    const fileDescription =
      'Multipart field "file": CSV (";", "," or tab; UTF-8 or Windows-1252) or XLSX, at most 5 MB. The header ' +
      'line names the columns: one with "mail", one with "bedrag"/"amount"/"budget", optionally "uren"/"hours".';

    app.post(
      '/budgets/import/file/preview',
      {
        schema: {
          tags,
          summary: 'Check a budget file: what each line would set, and every problem by line and column',
          description: fileDescription,
          consumes: ['multipart/form-data'],
          querystring: importFileQuery,
          body: uploadBody,
          response: {
            200: budgetImportPreviewSchema,
            ...problems,
            400: importProblemResponse,
            413: problemSchema,
            415: problemSchema,
            422: fileTooComplexProblem,
          },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'development.manage');
        const upload = await readUpload(request);
        return previewBudgetFile({ db: deps.db, auth, year: request.query.year, ...upload });
      },
    );

    app.post(
      '/budgets/import/file',
      {
        schema: {
          tags,
          summary:
            'Import budgets from a file: every line or none (400 import_rejected naming line and column)',
          description: fileDescription,
          consumes: ['multipart/form-data'],
          querystring: importFileQuery,
          body: uploadBody,
          response: {
            200: z.object({ budgets: z.number().int() }),
            ...problems,
            400: importProblemResponse,
            413: problemSchema,
            415: problemSchema,
            422: fileTooComplexProblem,
          },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'development.manage');
        const upload = await readUpload(request);
        return {
          budgets: await importBudgetFile({ db: deps.db, auth, year: request.query.year, ...upload }),
        };
      },
    );

    app.get(
      '/budgets/export',
      {
        schema: {
          tags,
          summary: 'Finance export: approved and completed requests of a year, CSV (Excel NL) or XLSX',
          querystring: exportQuery,
          produces: [
            'text/csv',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'application/problem+json',
          ],
          response: { ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'development.manage');
        const year = request.query.year ?? (await thisYear(deps.db, auth.organisationId));
        const rows = await financeRows(forOrganisation(deps.db, auth.organisationId), year);
        const isXlsx = request.query.format === 'xlsx';
        return fileHeaders(reply, {
          fileName: `ontwikkelbudget-${year}.${isXlsx ? 'xlsx' : 'csv'}`,
          contentType: isXlsx
            ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            : 'text/csv; charset=utf-8',
        })
          .header('cache-control', 'no-store')
          .send((isXlsx ? await financeXlsx(rows) : financeCsv(rows)) as never);
      },
    );
  };
