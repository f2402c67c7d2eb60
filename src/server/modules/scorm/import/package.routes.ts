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
import { importNewPackage, importNewVersion } from './import.service.ts';
import { readPackage } from './package.read.ts';
import {
  packageProblemSchema,
  packageSettingsBody,
  scormPackageSchema,
  uploadBody,
  versionQuery,
} from './package.schemas.ts';
import { setAttemptRule } from './package-settings.service.ts';

const tags = ['scorm'];
const uploadProblems = {
  ...problems,
  400: packageProblemSchema,
  413: problemSchema,
  415: problemSchema,
  422: fileTooComplexProblem,
} as const;
const uploadDescription =
  'Multipart field "file": the package .zip. It is checked before anything is kept: the zip (entries, ' +
  'unpacked size PACKAGE_MAX_UNPACKED_MB, compression ratio, encryption, unsafe paths: 415/422 naming ' +
  'the limit) and imsmanifest.xml (SCORM 1.2 or 2004; 400 package_rejected lists every problem with its ' +
  'file and line: no manifest, XML that does not parse, a resource or file the manifest names but the zip lacks).';

/** L&D's side of packages: upload (a new catalogue item), a new version, the attempt rule. */
export const packageRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const limits = () => deps.config.uploadLimits ?? defaultUploadLimits;
    const isPlayable = contentOriginOf(deps.config) !== null;

    async function uploadedFile(request: FastifyRequest) {
      const file = await request.file({ limits: { fileSize: limits().package.maxUploadBytes } });
      if (file?.fieldname !== 'file')
        throw new AppError('validation_failed', 'Send the package in the multipart field "file".', {
          errors: [{ field: 'file', message: 'is missing' }],
        });
      return {
        fileName: basename(file.filename || 'package.zip').slice(0, 200) || 'package.zip',
        stream: file.file,
      };
    }

    app.post(
      '/scorm/packages',
      {
        schema: {
          tags,
          summary: 'Upload a SCORM package: it becomes a draft catalogue item of kind scorm',
          description: uploadDescription,
          consumes: ['multipart/form-data'],
          body: uploadBody,
          response: { 201: scormPackageSchema, ...uploadProblems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const upload = await uploadedFile(request);
        const { contentId } = await importNewPackage(ctx, {
          storage: storageFor(deps.config),
          limits: limits(),
          ...upload,
        });
        return reply.status(201).send(await readPackage(ctx, contentId, isPlayable));
      },
    );

    app.post(
      '/scorm/packages/:id/versions',
      {
        schema: {
          tags,
          summary: 'Upload a new version of a package in place',
          description: `${uploadDescription} \`midway\` says what happens to people with an unfinished attempt.`,
          consumes: ['multipart/form-data'],
          params: idParams,
          querystring: versionQuery,
          body: uploadBody,
          response: { 201: scormPackageSchema, ...uploadProblems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const upload = await uploadedFile(request);
        await importNewVersion(ctx, {
          storage: storageFor(deps.config),
          limits: limits(),
          contentId: request.params.id,
          midway: request.query.midway,
          ...upload,
        });
        return reply.status(201).send(await readPackage(ctx, request.params.id, isPlayable));
      },
    );

    app.get(
      '/scorm/packages/:id',
      {
        schema: {
          tags,
          summary:
            'A package: what its manifest says, its versions and the attempt rule (id: the content item)',
          params: idParams,
          response: { 200: scormPackageSchema, ...problems },
        },
      },
      async (request) => readPackage(ctxOf(request), request.params.id, isPlayable),
    );

    app.put(
      '/scorm/packages/:id/settings',
      {
        schema: {
          tags,
          summary: 'Set the attempt rule: always resume, a new attempt after completion, or limited attempts',
          params: idParams,
          body: packageSettingsBody,
          response: { 200: scormPackageSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await setAttemptRule(ctx, { contentId: request.params.id, ...request.body });
        return readPackage(ctx, request.params.id, isPlayable);
      },
    );
  };
