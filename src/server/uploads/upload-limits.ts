// What reading one uploaded file may take. config.ts reads the variables; this file has no
// dependencies because the worker that reads uploads loads it too.

/** Defaults of the upload variables (each documented in config.ts and the README). */
export const uploadLimitDefaults = {
  UPLOAD_MAX_UNPACKED_MB: 200,
  UPLOAD_MAX_ZIP_ENTRIES: 10_000,
  UPLOAD_MAX_COMPRESSION_RATIO: 200,
  UPLOAD_PARSE_TIMEOUT_SECONDS: 30,
  UPLOAD_PARSE_MEMORY_MB: 256,
  UPLOAD_PARSE_CONCURRENCY: 2,
  IMPORT_MAX_ROWS: 50_000,
  IMPORT_MAX_COLUMNS: 500,
  PACKAGE_MAX_UPLOAD_MB: 500,
  PACKAGE_MAX_UNPACKED_MB: 1000,
  PACKAGE_UNPACK_TIMEOUT_SECONDS: 300,
};

export type UploadLimits = {
  /** What an uploaded zip may unpack to (modules/files/zip-limits.ts). */
  zip: { maxEntries: number; maxUnpackedBytes: number; maxRatio: number };
  /** The worker that reads an uploaded file (modules/files/bounded-worker.ts). */
  parse: { timeoutMs: number; memoryMb: number; concurrency: number };
  /** What an import sheet (CSV or XLSX) may hold. */
  sheet: { maxRows: number; maxColumns: number };
  /** A course package (SCORM): its zip, what it unpacks to, and how long unpacking may take. */
  package: { maxUploadBytes: number; maxUnpackedBytes: number; timeoutMs: number };
};

export function uploadLimitsOf(values: typeof uploadLimitDefaults): UploadLimits {
  return {
    zip: {
      maxEntries: values.UPLOAD_MAX_ZIP_ENTRIES,
      maxUnpackedBytes: values.UPLOAD_MAX_UNPACKED_MB * 1024 * 1024,
      maxRatio: values.UPLOAD_MAX_COMPRESSION_RATIO,
    },
    parse: {
      timeoutMs: values.UPLOAD_PARSE_TIMEOUT_SECONDS * 1000,
      memoryMb: values.UPLOAD_PARSE_MEMORY_MB,
      concurrency: values.UPLOAD_PARSE_CONCURRENCY,
    },
    sheet: { maxRows: values.IMPORT_MAX_ROWS, maxColumns: values.IMPORT_MAX_COLUMNS },
    package: {
      maxUploadBytes: values.PACKAGE_MAX_UPLOAD_MB * 1024 * 1024,
      maxUnpackedBytes: values.PACKAGE_MAX_UNPACKED_MB * 1024 * 1024,
      timeoutMs: values.PACKAGE_UNPACK_TIMEOUT_SECONDS * 1000,
    },
  };
}

/** The limits when nothing is configured (tests, scripts). */
export const defaultUploadLimits: UploadLimits = uploadLimitsOf(uploadLimitDefaults);
