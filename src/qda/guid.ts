import { createHash } from 'node:crypto';

/**
 * A GUID derived from a stable id (RFC 4122 name-based, version 5 layout over
 * SHA-1): the same `kind` and `id` always give the same GUID, so a re-export
 * is byte-identical and an imported project's GUIDs lead back to our ids.
 */
export function stableGuid(kind: string, id: string): string {
  const hash = createHash('sha1').update(`ccpb:${kind}:${id}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
