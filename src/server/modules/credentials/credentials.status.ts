import { gunzipSync, gzipSync } from 'node:zlib';

/** Bits in every status list: the spec's minimum of 16 KB, so one index says little about the holder. */
export const STATUS_LIST_SIZE = 131072;

/** The Bitstring Status List `encodedList`: multibase base64url (prefix "u") of the GZIP'ed bits. */
export function encodeStatusList(revokedIndexes: number[]): string {
  const bits = Buffer.alloc(STATUS_LIST_SIZE / 8);
  // Index 0 is the left-most bit of the first byte.
  for (const index of revokedIndexes) bits[index >> 3]! |= 0x80 >> (index & 7);
  return `u${gzipSync(bits).toString('base64url')}`;
}

export function isIndexSet(encodedList: string, index: number): boolean {
  if (!encodedList.startsWith('u')) throw new Error('encodedList is not multibase base64url');
  const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  if (index < 0 || index >= bits.length * 8) throw new Error('statusListIndex is outside the list');
  return (bits[index >> 3]! & (0x80 >> (index & 7))) !== 0;
}
