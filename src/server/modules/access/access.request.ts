import type { FastifyRequest } from 'fastify';
import { AppError } from '../../http/errors.ts';
import type { Auth } from './access.types.ts';

/** The caller, known to be authenticated because the preHandler let the request through. */
export function authOf(request: FastifyRequest): Auth {
  if (!request.auth) throw new AppError('unauthenticated');
  return request.auth;
}
