// Redraws the demo covers into src/server/demo/media/covers/ (the seed reads the files, so starting
// the demo does not spend seconds painting): node src/server/demo/catalogue/draw-covers.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverThemes } from './cover-themes.ts';

export const coversFolder = join(import.meta.dirname, '..', 'media', 'covers');

if (import.meta.main) {
  mkdirSync(coversFolder, { recursive: true });
  for (const [name, theme] of Object.entries(coverThemes))
    writeFileSync(join(coversFolder, `${name}.png`), theme.draw());
}
