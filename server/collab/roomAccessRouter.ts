import type { CollabAccess } from './collabAccess.ts';

/** Artefact rooms: `ws/<workspace>/<kind>/<artefact>` (see policies/artefactRooms.ts). */
export const ARTEFACT_ROOM_PREFIX = 'ws/';

/**
 * Picks the access policy by room. Artefact rooms always need a session and
 * access to the artefact. Other rooms (the landing page's connection check)
 * stay open until the sign-in screens replace it; then they become 404.
 */
export function roomAccessRouter(artefacts: CollabAccess, other: CollabAccess): CollabAccess {
  const pick = (room: string) => (room.startsWith(ARTEFACT_ROOM_PREFIX) ? artefacts : other);
  return {
    authorizeUpgrade: (request, room) => pick(room).authorizeUpgrade(request, room),
    authorizeMessage: (grant, message) => (grant.sessionId ? artefacts : other).authorizeMessage(grant, message),
    reauthorize: (grant, room) => pick(room).reauthorize(grant, room),
  };
}
