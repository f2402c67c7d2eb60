import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

/** Answers from this many characters on are kept as bytes (`bytes()`); measured crossover ~8 KB. */
const bytesFrom = 8_192;

/**
 * A JSON answer already written out: the parts many readers share were checked against the route's
 * response schema and stringified once, when their shared copy was loaded, and only each reader's own
 * bits are added per request. Sent as it is — re-encoding it through zod per request cost more than the
 * rest of the request (a feed page: ~0.2 ms; BENCHMARKS.md, social learning).
 */
export class PreparedJson {
  readonly text: string | Buffer;
  constructor(text: string | Buffer) {
    this.text = text;
  }

  /**
   * The same answer encoded once, for one that many requests send alike: a string is measured and
   * encoded to UTF-8 again on every send, bytes are written as they are. Below a few KB a string is the
   * cheaper send (Node writes it with the headers in one piece; bytes go out as a second buffer of a
   * vectored write), so a small answer stays text.
   */
  bytes(): PreparedJson {
    return typeof this.text === 'string' && this.text.length >= bytesFrom
      ? new PreparedJson(Buffer.from(this.text))
      : this;
  }
}

/** The answer as the route's schema types it, or the prepared text sent without re-encoding. */
export function sendAnswer<T>(reply: FastifyReply, answer: T | PreparedJson, status = 200) {
  if (answer instanceof PreparedJson)
    return reply.status(status).type('application/json; charset=utf-8').send(answer.text);
  return reply.status(status).send(answer);
}

/** An object's JSON without its closing brace, so a reader's own fields can be added (`closeJson`). */
export const openJson = (value: object) => JSON.stringify(value).slice(0, -1);

/** `openJson`'s text with these fields added and the object closed. */
export const closeJson = (open: string, own: object) => {
  const rest = JSON.stringify(own);
  return rest === '{}' ? `${open}}` : `${open}${open === '{' ? '' : ','}${rest.slice(1)}`;
};

const encoded = new WeakMap<object, PreparedJson>();

/**
 * A shared answer object (the same instance for every reader of a cached copy) checked against its
 * response schema and written out once, as the route's serializer would on every request.
 */
export function preparedOnce(answer: object, schema: z.ZodType): PreparedJson {
  let json = encoded.get(answer);
  if (!json) {
    json = new PreparedJson(JSON.stringify(schema.parse(answer)));
    encoded.set(answer, json);
  }
  return json;
}
