import { describe, expect, it } from 'vitest';
import { finishOpenapiDocument, operationIdOf } from './openapi-document.ts';

describe('the OpenAPI document', () => {
  it('names each operation from its method and path, in camelCase', () => {
    expect(operationIdOf('GET', '/api/v1/recognition/me/data')).toBe('getRecognitionMeData');
    expect(operationIdOf('post', '/api/v1/plans/{id}/goals')).toBe('postPlansByIdGoals');
    expect(operationIdOf('get', '/api/v1/learning-time/calendar/{organisationId}/{token}')).toBe(
      'getLearningTimeCalendarByOrganisationIdByToken',
    );
  });

  it('gives every operation a 2xx answer and drops components nothing refers to', () => {
    const document = finishOpenapiDocument({
      paths: {
        '/api/v1/files/{id}': { get: { responses: { '404': { $ref: '#/components/schemas/Used' } } } },
      },
      components: { schemas: { Used: { type: 'object' }, Unused: { type: 'object' } } },
    });
    expect(document.paths['/api/v1/files/{id}'].get).toMatchObject({
      operationId: 'getFilesById',
      responses: { '200': { description: expect.any(String) } },
    });
    expect(Object.keys(document.components.schemas)).toEqual(['Used']);
  });
});
