// Development: the API server (with the demo organisation) and the Vite dev server with hot reload.
// Open http://localhost:5173; Vite proxies /api to the API server on PORT (default 3000).
import { spawn } from 'node:child_process';

const apiPort = process.env.PORT ?? '3000';
const children = [
  spawn(process.execPath, ['--watch', 'src/server/main.ts'], {
    stdio: 'inherit',
    // Links in e-mails (invitation, password reset) should open the dev server, not the API port.
    env: { BASE_URL: `http://localhost:${process.env.VITE_PORT ?? '5173'}`, ...process.env, PORT: apiPort },
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js'], {
    stdio: 'inherit',
    env: { ...process.env, API_URL: `http://localhost:${apiPort}` },
  }),
];

const stop = (code: number) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
