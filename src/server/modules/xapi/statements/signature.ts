import { createPublicKey, createVerify, X509Certificate } from 'node:crypto';
import { badRequest } from '../xapi.errors.ts';
import type { AttachmentPart } from './attachments.ts';
import { attachmentsOf } from './attachments.ts';
import { isSameStatement } from './statement-compare.ts';
import { isObject, type JsonObject } from './validate-primitives.ts';

export const signatureUsageType = 'http://adlnet.gov/expapi/attachments/signature';
const rule = 'Data 2.6 (Signed Statements)';
const algorithms: Record<string, string> = { RS256: 'RSA-SHA256', RS384: 'RSA-SHA384', RS512: 'RSA-SHA512' };

const fromBase64Url = (text: string) => Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');

/**
 * A signed statement carries a JWS (compact serialisation) whose payload is the statement as it was
 * before the signature was attached; the algorithm is RS256, RS384 or RS512. With an x5c certificate in
 * the JWS header the signature itself is verified too. The statement is stored exactly as sent.
 */
export function checkSignature(statement: JsonObject, parts: Map<string, AttachmentPart>): void {
  const signatures = attachmentsOf(statement).filter(
    (attachment) => attachment.usageType === signatureUsageType,
  );
  for (const attachment of signatures) {
    if (attachment.contentType !== 'application/octet-stream')
      throw badRequest('a signature attachment must have contentType application/octet-stream', rule);
    const part = parts.get(String(attachment.sha2).toLowerCase());
    if (!part) throw badRequest('the signature attachment has no part in the request', rule);
    const pieces = part.content.toString('utf8').trim().split('.');
    if (pieces.length !== 3) throw badRequest('the signature is not a JWS in compact serialisation', rule);
    const [headerText, payloadText, signatureText] = pieces as [string, string, string];
    let header: unknown;
    let payload: unknown;
    try {
      header = JSON.parse(fromBase64Url(headerText).toString('utf8'));
      payload = JSON.parse(fromBase64Url(payloadText).toString('utf8'));
    } catch {
      throw badRequest('the JWS header or payload is not valid JSON', rule);
    }
    if (!isObject(header) || typeof header.alg !== 'string' || !algorithms[header.alg])
      throw badRequest('the JWS algorithm must be RS256, RS384 or RS512', rule);
    if (!isObject(payload)) throw badRequest('the JWS payload is not a statement', rule);
    const { attachments: _sent, ...unsigned } = statement;
    const { attachments: _signed, ...signedStatement } = payload;
    if (signedStatement.id === undefined) delete unsigned.id;
    if (!isSameStatement(unsigned, signedStatement))
      throw badRequest('the JWS payload is not the statement that was signed', rule);
    if (Array.isArray(header.x5c) && typeof header.x5c[0] === 'string') {
      let isValid = false;
      try {
        const certificate = new X509Certificate(Buffer.from(header.x5c[0], 'base64'));
        const key = createPublicKey(certificate.publicKey.export({ type: 'spki', format: 'pem' }));
        isValid = createVerify(algorithms[header.alg]!)
          .update(`${headerText}.${payloadText}`)
          .verify(key, fromBase64Url(signatureText));
      } catch {
        isValid = false;
      }
      if (!isValid) throw badRequest('the JWS signature does not verify with its x5c certificate', rule);
    }
  }
}
