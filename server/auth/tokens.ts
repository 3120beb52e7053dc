import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** `bytes` of CSPRNG output as lower-case base32 (8 bits a byte, 5 bits a character). */
export function randomString(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return encodeBase32LowerCaseNoPadding(buffer);
}

/** Row ids: 80 random bits, 16 characters. */
export function newId(): string {
  return randomString(10);
}

/** Secrets: 160 random bits, 32 characters (the issue asks for at least 128). */
export function newSecret(): string {
  return randomString(20);
}

export function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(secret: string, storedHash: Uint8Array): boolean {
  const presented = hashSecret(secret);
  return presented.byteLength === storedHash.byteLength && constantTimeEqual(presented, storedHash);
}

/** Splits `<id>.<secret>`; null for anything else, so malformed tokens are just "not signed in". */
export function parseToken(token: string): { id: string; secret: string } | null {
  const match = /^([a-z2-7]{16})\.([a-z2-7]{32})$/.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}
