import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../http/errors.ts';
import { openSafeZip, type ZipLimits } from '../../files/index.ts';
import { manifestFile, missingFileProblems, parseManifest, referencedFiles } from './manifest.parse.ts';
import type { PackageProblem, ScormManifest } from './manifest.types.ts';
import { decodeXml } from './xml-tree.ts';

// Runs inside the upload worker (package.worker.ts): checks the zip, reads and checks the manifest, and
// unpacks every file to a temporary folder under a number (never under its own name, so no path in a
// zip can reach outside). The server then moves the files into storage.

export type UnpackInput = { zipPath: string; zipSize: number; outDir: string; limits: ZipLimits };
export type UnpackedFile = { path: string; temporaryName: string; size: number };
export type UnpackedPackage = { manifest: ScormManifest; files: UnpackedFile[]; unpackedBytes: number };

const maxManifestBytes = 10 * 1024 * 1024;

/** 400 package_rejected listing every problem; the detail names the zip and the first problem. */
export function packageRejected(fileName: string, problems: PackageProblem[]): AppError {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new AppError(
    'package_rejected',
    `${fileName}: ${count}, nothing was added. ${problems[0]?.message ?? ''}`.trim(),
    {
      errors: problems.map((problem) => ({
        field: 'file',
        message: problem.message,
        code: problem.code,
        file: problem.file,
        line: problem.line,
      })),
    },
  );
}

const otherFormats: [RegExp, string][] = [
  [/(^|\/)cmi5\.xml$/i, 'it holds cmi5.xml: a cmi5 course, not a SCORM package'],
  [/(^|\/)tincan\.xml$/i, 'it holds tincan.xml: an xAPI (Tin Can) package, not a SCORM package'],
];

/** Where the manifest is: at the top, or in the one folder a zip tool put everything in. */
function manifestPrefix(names: string[]): string | PackageProblem {
  if (names.includes(manifestFile)) return '';
  const nested = names.filter((name) => /^[^/]+\/imsmanifest\.xml$/i.test(name));
  if (nested.length === 1) return nested[0]!.slice(0, -manifestFile.length);
  const other = otherFormats.find(([pattern]) => names.some((name) => pattern.test(name)));
  return {
    file: manifestFile,
    line: null,
    code: other ? 'unsupportedManifest' : 'noManifest',
    message: other
      ? `The zip is not a SCORM package: ${other[1]}.`
      : 'The zip has no imsmanifest.xml at its top level, so it is not a SCORM package.',
  };
}

export async function unpackPackage(fileName: string, input: UnpackInput): Promise<UnpackedPackage> {
  const zip = await openSafeZip(
    { path: input.zipPath, size: input.zipSize },
    { fileName, limits: input.limits },
  );
  try {
    const names = zip.entries.map((entry) => entry.name);
    const prefix = manifestPrefix(names);
    if (typeof prefix !== 'string') throw packageRejected(fileName, [prefix]);
    const manifestEntry = zip.entries.find((entry) => entry.name === prefix + manifestFile)!;
    if (manifestEntry.size > maxManifestBytes)
      throw packageRejected(fileName, [
        {
          file: manifestFile,
          line: null,
          code: 'unsupportedManifest',
          message: 'imsmanifest.xml is larger than 10 MB.',
        },
      ]);
    const xml = decodeXml(await zip.read(manifestEntry.name));
    const parsed = parseManifest(xml);
    if (!parsed.ok) throw packageRejected(fileName, parsed.problems);
    const missing = missingFileProblems(referencedFiles(xml), (path) => zip.has(prefix + path));
    if (missing.length) throw packageRejected(fileName, missing);

    await mkdir(input.outDir, { recursive: true });
    const files: UnpackedFile[] = [];
    let unpackedBytes = 0;
    for (const entry of zip.entries) {
      if (entry.name.endsWith('/') || !entry.name.startsWith(prefix) || entry.name.startsWith('__MACOSX/'))
        continue;
      const temporaryName = String(files.length);
      await pipeline(
        Readable.from(zip.chunks(entry.name)),
        createWriteStream(join(input.outDir, temporaryName)),
      );
      files.push({ path: entry.name.slice(prefix.length), temporaryName, size: entry.size });
      unpackedBytes += entry.size;
    }
    return { manifest: parsed.manifest, files, unpackedBytes };
  } finally {
    zip.close();
  }
}
