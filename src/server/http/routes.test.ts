import { describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../test/test-app.ts';

// Sweeps every endpoint in the OpenAPI document, so a new endpoint cannot skip sign-in or CSRF.
const { app, db } = await startTestApp();
const document = app.swagger() as { paths: Record<string, Record<string, { security?: unknown[] }>> };
const someId = '00000000-0000-4000-8000-000000000000';
const endpoints = Object.entries(document.paths).flatMap(([path, operations]) =>
  Object.entries(operations).map(([method, operation]) => ({
    method: method.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: path.replace(/\{[^}]+\}/g, someId),
    isPublic: Array.isArray(operation.security) && operation.security.length === 0,
    hasId: /\{[^}]+\}/.test(path),
    // Every parameter is an id ({id}, {personId}, …): an unknown one is a 404 even before the body is read.
    onlyIds: [...path.matchAll(/\{([^}]+)\}/g)].every((match) => /id$/i.test(match[1]!)),
  })),
);

describe('every endpoint', () => {
  it('is in the OpenAPI document (sanity)', () => {
    expect(endpoints.length).toBeGreaterThan(20);
  });

  it.each(endpoints.filter((e) => !e.isPublic))(
    '$method $url answers 401 when signed out',
    async ({ method, url }) => {
      const response = await app.inject({ method, url, payload: method === 'GET' ? undefined : {} });
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
    },
  );

  it('that changes something refuses a session without the CSRF token', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    const unsafe = endpoints.filter((e) => !e.isPublic && e.method !== 'GET');
    expect(unsafe.length).toBeGreaterThan(10);
    for (const { method, url } of unsafe) {
      const response = await org.as.owner.request(method, url, {}, { 'x-csrf-token': 'forged' });
      expect(response.statusCode, `${method} ${url}`).toBe(403);
      expect(response.json().code).toBe('csrf_failed');
    }
  });

  it('about something that does not exist (or is in another organisation) answers 404 or 400, never 500', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    const withId = endpoints.filter((e) => !e.isPublic && e.hasId);
    expect(withId.length).toBeGreaterThan(5);
    for (const { method, url, onlyIds } of withId) {
      const response = await org.as.owner.request(method, url, method === 'GET' ? undefined : {});
      const expected = onlyIds && (method === 'GET' || method === 'DELETE') ? [404] : [400, 404];
      expect(expected, `${method} ${url} answered ${response.statusCode}`).toContain(response.statusCode);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });
});
