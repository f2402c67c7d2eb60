import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../http/errors.ts';
import { openSafeZip, type ZipLimits } from '../../files/index.ts';
import { decodeXml } from '../../scorm/index.ts';
import { parseCourseStructure, structureFile } from './course-structure.parse.ts';
import type { CourseStructure, StructureProblem } from './course-structure.ts';

// Runs inside the upload worker (course.worker.ts): a zip is checked, its cmi5.xml read and checked
// against the files, and every file unpacked under a number (never its own name); a bare cmi5.xml is
// only read. The server then moves the files into storage.

export type UnpackInput = {
  path: string;
  size: number;
  isZip: boolean;
  outDir: string;
  limits: ZipLimits;
};
export type UnpackedFile = { path: string; temporaryName: string; size: number };
export type UnpackedCourse = { structure: CourseStructure; files: UnpackedFile[]; unpackedBytes: number };

const maxStructureBytes = 5 * 1024 * 1024;

/** 400 course_rejected listing every problem; the detail names the upload and the first problem. */
export function courseRejected(fileName: string, problems: StructureProblem[]): AppError {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new AppError(
    'package_rejected',
    `${fileName}: ${count}, nothing was added. ${problems[0]?.message ?? ''}`.trim(),
    {
      errors: problems.slice(0, 100).map((problem) => ({
        field: 'file',
        message: problem.message,
        code: problem.code,
        file: problem.file,
        line: problem.line,
      })),
    },
  );
}

const tooLarge = (file: string): StructureProblem => ({
  file,
  line: null,
  code: 'tooLarge',
  message: `${file} is larger than 5 MB.`,
});

export async function unpackCourse(fileName: string, input: UnpackInput): Promise<UnpackedCourse> {
  if (!input.isZip) {
    if (input.size > maxStructureBytes) throw courseRejected(fileName, [tooLarge(fileName)]);
    const parsed = parseCourseStructure(decodeXml(await readFile(input.path)), {
      file: fileName,
      hasFiles: false,
    });
    if (!parsed.ok) throw courseRejected(fileName, parsed.problems);
    return { structure: parsed.structure, files: [], unpackedBytes: 0 };
  }
  const zip = await openSafeZip({ path: input.path, size: input.size }, { fileName, limits: input.limits });
  try {
    // cmi5.xml at the top of the zip (cmi5 spec 14.1), or in the one folder a zip tool put it all in.
    const names = zip.entries.map((entry) => entry.name);
    const nested = names.filter((name) => /^[^/]+\/cmi5\.xml$/.test(name));
    const prefix = names.includes(structureFile) ? '' : nested.length === 1 ? nested[0]!.slice(0, -8) : null;
    if (prefix === null)
      throw courseRejected(fileName, [
        {
          file: structureFile,
          line: null,
          code: names.some((name) => /(^|\/)imsmanifest\.xml$/i.test(name)) ? 'isScorm' : 'noStructure',
          message: names.some((name) => /(^|\/)imsmanifest\.xml$/i.test(name))
            ? 'The zip holds imsmanifest.xml and no cmi5.xml: it is a SCORM package; add it as a SCORM item.'
            : 'The zip has no cmi5.xml at its top level, so it is not a cmi5 course.',
        },
      ]);
    const entry = zip.entries.find((candidate) => candidate.name === `${prefix}${structureFile}`)!;
    if (entry.size > maxStructureBytes) throw courseRejected(fileName, [tooLarge(structureFile)]);
    const parsed = parseCourseStructure(decodeXml(await zip.read(entry.name)), {
      hasFiles: true,
      fileExists: (path) => zip.has(prefix + decodeURIComponent(path).replace(/^\.\//, '')),
    });
    if (!parsed.ok) throw courseRejected(fileName, parsed.problems);
    await mkdir(input.outDir, { recursive: true });
    const files: UnpackedFile[] = [];
    let unpackedBytes = 0;
    for (const item of zip.entries) {
      if (item.name.endsWith('/') || !item.name.startsWith(prefix) || item.name.startsWith('__MACOSX/'))
        continue;
      const temporaryName = String(files.length);
      await pipeline(
        Readable.from(zip.chunks(item.name)),
        createWriteStream(join(input.outDir, temporaryName)),
      );
      files.push({ path: item.name.slice(prefix.length), temporaryName, size: item.size });
      unpackedBytes += item.size;
    }
    return { structure: parsed.structure, files, unpackedBytes };
  } finally {
    zip.close();
  }
}
