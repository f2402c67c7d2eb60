import { basename } from 'node:path';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentOriginOf } from '../../../config.ts';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { idParams, problemSchema, problems } from '../../../http/common.schemas.ts';
import { AppError } from '../../../http/errors.ts';
import { defaultUploadLimits } from '../../../uploads/upload-limits.ts';
import { fileTooComplexProblem, storageFor } from '../../files/index.ts';
import type { LaunchMode } from '../cmi5.vocabulary.ts';
import { importCourse, importCourseFromUrl, replaceCourse } from '../import/import.service.ts';
import { launchUnit } from '../launch/launch.service.ts';
import { writeLaunchData } from '../launch/launch-data.ts';
import { waiveUnit } from '../launch/waive.service.ts';
import { readCourse } from './course.read.ts';
import {
  cmi5CourseSchema,
  courseProblemSchema,
  importUrlBody,
  launchAnswer,
  launchBody,
  uploadBody,
  waiveBody,
  waiverAnswer,
} from './course.schemas.ts';

const tags = ['cmi5'];

/** L&D imports a course; the learner reads its AU list and launches an AU. */
export const courseRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const limits = () => deps.config.uploadLimits ?? defaultUploadLimits;
    const contentOrigin = contentOriginOf(deps.config);
    const uploadedFile = async (request: FastifyRequest) => {
      const file = await request.file({ limits: { fileSize: limits().package.maxUploadBytes } });
      if (file?.fieldname !== 'file')
        throw new AppError('validation_failed', 'Send the course in the multipart field "file".', {
          errors: [{ field: 'file', message: 'is missing' }],
        });
      return {
        fileName: basename(file.filename || 'cmi5.zip').slice(0, 200) || 'cmi5.zip',
        stream: file.file,
      };
    };

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
        const { contentId } = await importCourse(ctx, {
          storage: storageFor(deps.config),
          limits: limits(),
          ...(await uploadedFile(request)),
        });
        return reply.status(201).send(await readCourse(ctx, contentId, contentOrigin !== null));
      },
    );

    app.post(
      '/cmi5/courses/import-url',
      {
        schema: {
          tags,
          summary: 'Import a cmi5 course from an address: a cmi5.xml or a course .zip on the internet',
          description:
            'Fetched by the server from the public internet only: http(s), no private, loopback or ' +
            'link-local addresses (checked on every address the name resolves to, and after each of at ' +
            'most 3 redirects), at most PACKAGE_MAX_UPLOAD_MB. Then read exactly like an upload.',
          body: importUrlBody,
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
        const { contentId } = await importCourseFromUrl(ctx, {
          storage: storageFor(deps.config),
          limits: limits(),
          url: request.body.url,
          ...(deps.config.outboundAllowedHosts ? { allowedHosts: deps.config.outboundAllowedHosts } : {}),
        });
        return reply.status(201).send(await readCourse(ctx, contentId, contentOrigin !== null));
      },
    );

    app.post(
      '/cmi5/courses/:id/versions',
      {
        schema: {
          tags,
          summary: 'Upload a new version of a cmi5 course over the old one',
          description:
            'The same checks as an import; the course id in cmi5.xml must stay the same. Registrations ' +
            'stay, with what learners did in the AUs that keep their id; AUs that are gone no longer count ' +
            'and their open sessions are abandoned.',
          consumes: ['multipart/form-data'],
          params: idParams,
          body: uploadBody,
          response: {
            200: cmi5CourseSchema,
            ...problems,
            400: courseProblemSchema,
            413: problemSchema,
            415: problemSchema,
            422: fileTooComplexProblem,
          },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await replaceCourse(ctx, request.params.id, {
          storage: storageFor(deps.config),
          limits: limits(),
          baseUrl: deps.config.baseUrl,
          ...(await uploadedFile(request)),
        });
        return readCourse(ctx, request.params.id, contentOrigin !== null);
      },
    );

    app.post(
      '/cmi5/courses/:id/waivers',
      {
        schema: {
          tags,
          summary: 'Waive an AU for a learner: it counts as satisfied for moveOn (cmi5 9.3.9)',
          description:
            'L&D only. Writes the LMS "waived" statement (result success and completion true, the ' +
            'reason as result extension) and the satisfied statements of blocks and the course that ' +
            'follow; 409 when the AU is already satisfied for the learner.',
          params: idParams,
          body: waiveBody,
          response: { 201: waiverAnswer, ...problems },
        },
      },
      async (request, reply) => {
        const answer = await waiveUnit(ctxOf(request), {
          contentId: request.params.id,
          ...request.body,
          baseUrl: deps.config.baseUrl,
        });
        return reply.status(201).send(answer);
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
