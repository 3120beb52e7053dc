import { isValidRoomName } from '../../shared/roomName.ts';

/** The sandbox room everyone lands in unless the address names another. */
export const DEFAULT_ROOM = 'sandbox/welcome';

/** The sync endpoint on the host that served the page, with TLS when the page has it. */
export function collabServerUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/collab`;
}

/** `?room=…` when it is a well-formed room name (workshops, tests), otherwise the sandbox. */
export function roomFromLocation(location: Pick<Location, 'search'>): string {
  const requested = new URLSearchParams(location.search).get('room');
  return requested !== null && isValidRoomName(requested) ? requested : DEFAULT_ROOM;
}
