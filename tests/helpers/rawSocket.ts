import WebSocket from 'ws';

export interface RawSocket {
  socket: WebSocket;
  /** Binary frames received so far. */
  received: Uint8Array[];
  /** Resolves with the close code the server sent. */
  closed: Promise<number>;
}

/** A bare WebSocket to the sync server, for sending frames no provider would send. */
export async function openRawSocket(collabUrl: string, room: string, headers: Record<string, string> = {}): Promise<RawSocket> {
  const result = await tryRawSocket(collabUrl, room, headers);
  if ('status' in result) throw new Error(`upgrade refused: ${result.status}`);
  return result;
}

/** Like openRawSocket, but a refused upgrade resolves with its HTTP status instead of throwing. */
export function tryRawSocket(collabUrl: string, room: string, headers: Record<string, string> = {}): Promise<RawSocket | { status: number }> {
  const socket = new WebSocket(`${collabUrl}/${room}`, { headers });
  const received: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  socket.on('error', () => {}); // the close code or status is what tests look at
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket, received, closed }));
    socket.once('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      socket.terminate();
    });
    socket.once('close', (code) => reject(new Error(`closed before open: ${code}`)));
  });
}
