import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentOriginOf } from '../../../config.ts';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { idParams, problems } from '../../../http/common.schemas.ts';
import { AppError } from '../../../http/errors.ts';
import { contentToken } from '../serving/content-token.ts';
import { commitCmi } from './commit.service.ts';
import { presentLaunch } from './launch.presenter.ts';
import { launch } from './launch.service.ts';
import { commitAnswerSchema, commitBody, launchBody, launchSchema } from './runtime.schemas.ts';

const tags = ['scorm'];

/** The learner's side: open a SCO (attempt, resume data, commit token) and commit CMI data. */
export const runtimeRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const contentOrigin = contentOriginOf(deps.config);

    app.post(
      '/scorm/:id/launch',
      {
        schema: {
          tags,
          summary: 'Open a SCO of a package for the signed-in learner (id: the content item)',
          description:
            'Picks the attempt by the package rule (resume, new after completion, limited), resumes where ' +
            'the learner was and answers the CMI data to start with, the runtime page and a commit token. ' +
            'Each launch replaces the previous token. 409 when the rule refuses a new attempt or the ' +
            'server has no content origin (CONTENT_ORIGIN) to play packages from.',
          params: idParams,
          body: launchBody,
          response: { 200: launchSchema, ...problems, 409: problems[400] },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        const launched = await launch(ctx, {
          isPlayable: contentOrigin !== null,
          contentId: request.params.id,
          scoId: request.body.scoId,
          wantsNew: request.body.newAttempt,
          baseUrl: deps.config.baseUrl,
        });
        return presentLaunch(launched, {
          contentId: request.params.id,
          title: launched.version.manifest.title,
          contentOrigin: contentOrigin ?? '',
          contentToken: contentToken(deps.config.sessionSecret, ctx.organisationId, launched.version.id),
        });
      },
    );

    // The beacon sends text/plain (a type it may send without a preflight); it is the same JSON.
    app.addContentTypeParser('text/plain', { parseAs: 'string' }, (_request, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(
          new AppError('validation_failed', 'The body is not JSON.', {
            errors: [{ field: 'body', message: 'is not JSON' }],
          }),
        );
      }
    });

    app.post(
      '/scorm/commits',
      {
        config: { isPublic: true },
        schema: {
          tags,
          summary: "Store a SCO's CMI data (Commit, Terminate, the periodic save and the unload beacon)",
          description:
            "Authenticated by the launch's commitToken, not the session (the unload beacon cannot send " +
            'the CSRF header); JSON or text/plain. Values are checked against the data model (suspend_data ' +
            'at most 4,096 characters in SCORM 1.2 and 64,000 in 2004, vocabularies, ranges): 400 names ' +
            "`values.<element>`. 401 when the token is not (or no longer) the attempt's.",
          consumes: ['application/json', 'text/plain'],
          body: commitBody,
          security: [],
          response: { 200: commitAnswerSchema, 400: problems[400], 401: problems[401] },
        },
      },
      async (request) => {
        const { result, finished, ending } = await commitCmi(deps, {
          token: request.body.token,
          scoId: request.body.scoId,
          values: request.body.values,
          isTerminated: request.body.isTerminated,
          isUnload: request.body.isUnload,
          navRequest: request.body.navRequest,
          baseUrl: deps.config.baseUrl,
        });
        return {
          result: {
            completionStatus: result.completion,
            successStatus: result.success,
            scoreScaled: result.scoreScaled,
            progressPercent: result.progressPercent,
            totalSeconds: result.totalSeconds,
          },
          isDone: result.isDone,
          ending,
          finished,
        };
      },
    );
  };
