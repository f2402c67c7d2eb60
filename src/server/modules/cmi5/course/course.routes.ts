import { basename } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentOriginOf } from '../../../config.ts';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { idParams, problemSchema, problems } from '../../../http/common.schemas.ts';
import { AppError } from '../../../http/errors.ts';
import { defaultUploadLimits } from '../../../uploads/upload-limits.ts';
import { fileTooComplexProblem, storageFor } from '../../files/index.ts';
import type { LaunchMode } from '../cmi5.vocabulary.ts';
import { importCourse } from '../import/import.service.ts';
import { launchUnit } from '../launch/launch.service.ts';
import { writeLaunchData } from '../launch/launch-data.ts';
import { readCourse } from './course.read.ts';
import {
  cmi5CourseSchema,
  courseProblemSchema,
  launchAnswer,
  launchBody,
  uploadBody,
} from './course.schemas.ts';

const tags = ['cmi5'];

/** L&D imports a course; the learner reads its AU list and launches an AU. */
export const courseRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const limits = () => deps.config.uploadLimits ?? defaultUploadLimits;
    const contentOrigin = contentOriginOf(deps.config);

    app.post(
      '/cmi5/courses',
      {
        schema: {
          tags,
          summary: 'Import a cmi5 course: it becomes a draft catalogue item of kind cmi5',
          description:
            'Multipart field "file": a .zip with cmi5.xml at its top (its AUs may be files of the zip or ' +
            'absolute URLs), or a cmi5.xml on its own whose AUs are all absolute http(s) URLs. Checked ' +
            'before anything is kept: zip limits (415/422 naming the limit), then cmi5.xml (400 ' +
            'package_rejected lists every problem with its file and line).',
          consumes: ['multipart/form-data'],
          body: uploadBody,
          response: {
            201: cmi5CourseSchema,
            ...problems,
            400: courseProblemSchema,
            413: problemSchema,
            415: problemSchema,
            422: fileTooComplexProblem,
          },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const file = await request.file({ limits: { fileSize: limits().package.maxUploadBytes } });
        if (file?.fieldname !== 'file')
          throw new AppError('validation_failed', 'Send the course in the multipart field "file".', {
            errors: [{ field: 'file', message: 'is missing' }],
          });
        const { contentId } = await importCourse(ctx, {
          storage: storageFor(deps.config),
          limits: limits(),
          fileName: basename(file.filename || 'cmi5.zip').slice(0, 200) || 'cmi5.zip',
          stream: file.file,
        });
        return reply.status(201).send(await readCourse(ctx, contentId, contentOrigin !== null));
      },
    );

    app.get(
      '/cmi5/courses/:id',
      {
        schema: {
          tags,
          summary: 'A cmi5 course: its structure, and each AU with the signed-in learner’s status',
          params: idParams,
          response: { 200: cmi5CourseSchema, ...problems },
        },
      },
      async (request) => readCourse(ctxOf(request), request.params.id, contentOrigin !== null),
    );

    app.post(
      '/cmi5/courses/:id/launch',
      {
        schema: {
          tags,
          summary: 'Launch an AU: a new session; answers the launch URL (cmi5 spec 8.1)',
          description:
            'Writes the LMS "launched" statement and LMS.LaunchData; an earlier session of the AU that ' +
            'never terminated is recorded as abandoned. The fetch URL in the answer gives its auth token once.',
          params: idParams,
          body: launchBody,
          response: { 200: launchAnswer, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        const launch = await launchUnit(ctx, {
          contentId: request.params.id,
          auId: request.body.auId,
          launchMode: request.body.launchMode as LaunchMode,
          baseUrl: deps.config.baseUrl,
          contentOrigin,
          serverSecret: deps.config.sessionSecret,
        });
        await writeLaunchData(
          app,
          { db: deps.db, bus: deps.bus, log: request.log, serverSecret: deps.config.sessionSecret },
          ctx.organisationId,
          launch,
        );
        return {
          url: launch.url,
          launchMethod: launch.launchMethod,
          registration: launch.registration,
          sessionId: launch.sessionId,
        };
      },
    );
  };
