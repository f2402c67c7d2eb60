// The HR import of a 10,000-row CSV through the API, as the wizard does it: upload, preview, apply.
export type ImportMeasurement =
  | { measured: true; seconds: number; detail: string }
  | { measured: false; detail: string };

export async function measureImport(options: {
  baseUrl: string;
  cookie: string;
  csrfToken: string;
  rows: number;
}): Promise<ImportMeasurement> {
  const probe = await fetch(`${options.baseUrl}/api/v1/imports/people/uploads`, {
    method: 'POST',
    headers: { cookie: options.cookie, 'x-csrf-token': options.csrfToken },
  });
  if (probe.status === 404) return { measured: false, detail: 'the import API is not there yet' };
  return { measured: false, detail: `import API answered ${probe.status}; not wired into the bench yet` };
}
