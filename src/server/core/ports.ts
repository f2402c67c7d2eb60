/**
 * Ports turn a dependency around where the natural direction would close a loop. The module that
 * needs something declares it here by declaration merging; the module that knows provides it in
 * its manifest (`provides`). Example: catalogue shows, on "Mijn leren", the learning agreement made
 * for an enrolment, but learning agreements build on catalogue; so catalogue declares the port
 * `agreementsForEnrolments` and learning-agreements provides it.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging from the modules
export interface Ports {}

const provided = new Map<string, unknown>();

export function providePorts(ports: Partial<Ports>) {
  for (const [name, implementation] of Object.entries(ports)) provided.set(name, implementation);
}

/** The implementation of a port; a port nobody provides is a wiring mistake, found at first use. */
export function port<K extends keyof Ports>(name: K): Ports[K] {
  const implementation = provided.get(name as string);
  if (!implementation) throw new Error(`No module provides the port "${String(name)}".`);
  return implementation as Ports[K];
}
