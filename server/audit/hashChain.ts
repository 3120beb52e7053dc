import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';

/** The previous hash of the first link of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

export function sha256Hex(bytes: Uint8Array): string {
  return encodeHexLowerCase(sha256(bytes));
}

/**
 * The hash of one link: SHA-256 over its fields in a fixed order, as JSON so
 * that no field can bleed into the next (["a","bc"] ≠ ["ab","c"]). The
 * previous link's hash is one of the fields: changing any row breaks every
 * hash after it.
 */
export function linkHash(fields: ReadonlyArray<string | number | null>): string {
  return sha256Hex(new TextEncoder().encode(JSON.stringify(fields)));
}
