import { z } from 'zod';
import { problemSchema } from '../../http/common.schemas.ts';
import { fileLimits } from '../../uploads/zip-limits.ts';

/** 422 file_too_complex: which limit the uploaded file hit, and that limit. */
export const fileTooComplexProblem = problemSchema
  .extend({
    limit: z
      .enum(fileLimits)
      .describe(
        'entries (in a zip), unpackedSize (MB), ratio (compression, to 1), cellLength (characters), ' +
          'time (seconds), memory (MB)',
      ),
    max: z.number().describe('The limit, in the unit of `limit`'),
  })
  .meta({ id: 'FileTooComplexProblem' });
