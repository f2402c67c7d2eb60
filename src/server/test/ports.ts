import { type AddressInfo, createServer } from 'node:net';

/** A port nothing listens on right now (the system picks it), for a server a test starts. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
