import { serveWorkerTask } from '../../../uploads/bounded-worker.ts';
import { type UnpackInput, unpackPackage } from './package-unpack.ts';

// Entry of the worker that checks and unpacks an uploaded SCORM package (see package-reader.ts).
serveWorkerTask(({ fileName, options }) => unpackPackage(fileName, options as UnpackInput));
