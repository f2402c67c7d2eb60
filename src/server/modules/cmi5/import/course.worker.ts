import { serveWorkerTask } from '../../../uploads/bounded-worker.ts';
import { type UnpackInput, unpackCourse } from './course-unpack.ts';

// Entry of the worker that reads an uploaded cmi5 course (see course-store.ts).
serveWorkerTask(({ fileName, options }) => unpackCourse(fileName, options as UnpackInput));
