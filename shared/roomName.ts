/**
 * Room names are opaque to the sync server: letters, digits, `.`, `_`, `:`,
 * `-` and `/`. Later issues give them structure (e.g. `ws/<id>/outcomes`);
 * the server only checks they are well formed.
 */
export const ROOM_NAME_PATTERN = /^[A-Za-z0-9._:/-]{1,200}$/;

export function isValidRoomName(name: string): boolean {
  return ROOM_NAME_PATTERN.test(name);
}
