import { basename } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problemSchema, problems } from '../../http/common.schemas.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { sendAnswer } from '../../http/prepared-json.ts';
import { authOf, personIdOf } from '../access/index.ts';
import { storageFor, uploadFile } from '../files/index.ts';
import { recordOpen } from './ambassadors.service.ts';
import { homeFeed, listPosts, listReports, listSpaces, postView, spaceView } from './knowledge.read.ts';
import {
  bestAnswerBody,
  commentBody,
  createPostBody,
  createSpaceBody,
  moderateBody,
  postPageSchema,
  postSchema,
  postSummarySchema,
  postsQuery,
  postWrittenSchema,
  reactBody,
  reportBody,
  reportSchema,
  saveBody,
  spaceSchema,
  teamMomentAnswerBody,
  teamMomentQuestionBody,
  teamMomentQuestionSchema,
  teamMomentSchema,
  uploadedFileSchema,
} from './knowledge.schemas.ts';
import {
  addComment,
  createPost,
  createSpace,
  markBestAnswer,
  moderate,
  react,
  removePost,
  report,
  save,
} from './knowledge.service.ts';
import { answerQuestion, askTeam, questionsForMe, teamMoment } from './team-moment.ts';

const tags = ['knowledge'];
const conflict = { 409: problemSchema };

export const knowledgeRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { baseUrl } = deps.config;

    app.get(
      '/knowledge/spaces',
      {
        schema: {
          tags,
          summary: 'The organisation space, one space per unit and the topic spaces (mine first)',
          response: { 200: z.array(spaceSchema), ...problems },
        },
      },
      async (request) => listSpaces(ctxOf(request)),
    );

    app.post(
      '/knowledge/spaces',
      {
        schema: {
          tags,
          summary: 'Open a topic space around a skill or theme (ambassadors, L&D, HR)',
          body: createSpaceBody,
          response: { 201: spaceSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await createSpace(ctx, request.body);
        return reply.status(201).send(await spaceView(ctx, id));
      },
    );

    app.get(
      '/knowledge/spaces/:id',
      {
        schema: { tags, summary: 'One space', params: idParams, response: { 200: spaceSchema, ...problems } },
      },
      async (request) => spaceView(ctxOf(request), request.params.id),
    );

    app.get(
      '/knowledge/posts',
      {
        schema: {
          tags,
          summary:
            'Posts, newest first: per space, kind, skill, learning item, author, saved, or full text (nl and en)',
          querystring: postsQuery,
          response: { 200: postPageSchema, ...problems },
        },
      },
      async (request, reply) => sendAnswer(reply, await listPosts(ctxOf(request), request.query)),
    );

    app.get(
      '/knowledge/feed',
      {
        schema: {
          tags,
          summary: 'The home page block: the newest posts',
          response: { 200: z.array(postSummarySchema), ...problems },
        },
      },
      async (request, reply) => sendAnswer(reply, await homeFeed(ctxOf(request))),
    );

    app.post(
      '/knowledge/posts',
      {
        schema: {
          tags,
          summary: 'Share a tip, question, resource or "wat ik geleerd heb" (rich text is sanitised)',
          body: createPostBody,
          response: { 201: postWrittenSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const { id, wasSanitised } = await createPost(ctx, request.body, baseUrl);
        return reply.status(201).send({ post: await postView(ctx, id), wasSanitised });
      },
    );

    app.get(
      '/knowledge/posts/:id',
      {
        schema: {
          tags,
          summary: 'One post with its answers; a hidden post is 404 for everyone but moderators',
          params: idParams,
          response: { 200: postSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        const view = await postView(ctx, request.params.id);
        // Reach: an open by someone else than the author is counted for the day, never who.
        if (!view.hidden)
          await recordOpen(ctx, { kind: 'post', id: view.id, ownerId: view.author?.id ?? null });
        return view;
      },
    );

    app.delete(
      '/knowledge/posts/:id',
      {
        schema: {
          tags,
          summary: 'Remove a post (its author or a moderator)',
          params: idParams,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await removePost(ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    const postChange = <B extends z.ZodType>(
      path: string,
      summary: string,
      body: B,
      change: (ctx: ReturnType<typeof ctxOf>, id: string, input: z.output<B>) => Promise<unknown>,
      options: { status?: 200 | 201; conflicts?: boolean } = {},
    ) =>
      app.post(
        `/knowledge/posts/:id/${path}`,
        {
          schema: {
            tags,
            summary,
            params: idParams,
            body,
            response: {
              [options.status ?? 200]: postSchema,
              ...problems,
              ...(options.conflicts ? conflict : {}),
            },
          },
        },
        async (request, reply) => {
          const ctx = ctxOf(request);
          const id = (request.params as { id: string }).id;
          await change(ctx, id, request.body as z.output<B>);
          return reply.status(options.status ?? 200).send(await postView(ctx, id));
        },
      );

    postChange(
      'comments',
      'Answer or comment (rich text, sanitised); the asker and mentioned colleagues are notified',
      commentBody,
      (ctx, id, body) => addComment(ctx, id, body, baseUrl),
      { status: 201 },
    );
    postChange('best-answer', 'The asker marks the best answer (or none)', bestAnswerBody, (ctx, id, body) =>
      markBestAnswer(ctx, id, body.commentId),
    );
    postChange(
      'reactions',
      'React (like, thanks, insightful) or take the reaction back',
      reactBody,
      (ctx, id, body) => react(ctx, id, body),
    );
    postChange('save', 'Save the post for later (or unsave it)', saveBody, (ctx, id, body) =>
      save(ctx, id, body.isSaved),
    );
    postChange('report', 'Report the post to the moderators with a reason', reportBody, (ctx, id, body) =>
      report(ctx, id, body.reason),
    );
    postChange(
      'hide',
      'Hide the post with a reason (moderators); audited',
      moderateBody,
      (ctx, id, body) => moderate(ctx, id, { reason: body.reason, hide: true }),
      { conflicts: true },
    );
    postChange(
      'restore',
      'Restore a hidden post with a reason (moderators); audited',
      moderateBody,
      (ctx, id, body) => moderate(ctx, id, { reason: body.reason, hide: false }),
      { conflicts: true },
    );

    app.get(
      '/knowledge/reports',
      {
        schema: {
          tags,
          summary: 'Open reports (moderators)',
          response: { 200: z.array(reportSchema), ...problems },
        },
      },
      async (request) => listReports(ctxOf(request)),
    );

    app.post(
      '/knowledge/files',
      {
        schema: {
          tags,
          summary: 'Upload a file for a resource post (multipart field "file"): a PDF or an image',
          description: 'The type is read from the content: document PDF (25 MB) or image png/jpeg (5 MB).',
          consumes: ['multipart/form-data'],
          querystring: z.object({ purpose: z.enum(['document', 'image']) }),
          response: { 201: uploadedFileSchema, ...problems, 413: problemSchema, 415: problemSchema },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        personIdOf(auth);
        const file = await request.file();
        if (file?.fieldname !== 'file')
          throw new AppError('validation_failed', 'Send the file in the multipart field "file".', {
            errors: [{ field: 'file', message: 'is missing' }],
          });
        const stored = await uploadFile({
          db: deps.db,
          storage: storageFor(deps.config),
          auth,
          purpose: request.query.purpose,
          fileName: basename(file.filename || 'upload').slice(0, 200) || 'upload',
          stream: file.file,
        });
        return reply.status(201).send({
          id: stored.id,
          name: stored.originalName,
          contentType: stored.contentType,
          sizeBytes: stored.sizeBytes,
        });
      },
    );

    // Team moment
    app.get(
      '/team-moment',
      {
        schema: {
          tags,
          summary: '"Wat hebben we geleerd": the team’s last two weeks of learning (managers with a team)',
          response: { 200: teamMomentSchema, ...problems },
        },
      },
      async (request) => teamMoment(ctxOf(request)),
    );

    app.post(
      '/team-moment/questions',
      {
        schema: {
          tags,
          summary: 'Ask the team one short question (default: share one thing you learned this week)',
          body: teamMomentQuestionBody,
          response: { 201: teamMomentSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        await askTeam(ctx, request.body, baseUrl);
        return reply.status(201).send(await teamMoment(ctx));
      },
    );

    app.get(
      '/team-moment/questions/mine',
      {
        schema: {
          tags,
          summary: 'My manager’s questions of the last two weeks, with my answers',
          response: { 200: z.array(teamMomentQuestionSchema), ...problems },
        },
      },
      async (request) => questionsForMe(ctxOf(request)),
    );

    app.post(
      '/team-moment/questions/:id/answer',
      {
        schema: {
          tags,
          summary: 'My short answer to my manager’s question',
          params: idParams,
          body: teamMomentAnswerBody,
          response: { 200: teamMomentQuestionSchema, ...problems },
        },
      },
      async (request) => {
        const answered = await answerQuestion(ctxOf(request), request.params.id, request.body.answer);
        if (!answered) throw notFound('Question');
        return answered;
      },
    );
  };
