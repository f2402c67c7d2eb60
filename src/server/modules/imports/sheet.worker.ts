import { serveWorkerTask } from '../../uploads/bounded-worker.ts';
import { type ParseOptions, parseSheet } from './imports.parser.ts';

// Entry of the worker that reads an uploaded import file (see imports.sheet-reader.ts).
serveWorkerTask(({ fileName, content, options }) => parseSheet(content, fileName, options as ParseOptions));
