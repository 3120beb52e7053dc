import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { SyncLimits } from '../../shared/limits.ts';
import { CloseCode, COLLAB_PATH_PREFIX } from '../../shared/protocol.ts';
import { isValidRoomName } from '../../shared/roomName.ts';
import type { CollabAccess } from './collabAccess.ts';
import { CollabConnection } from './collabConnection.ts';
import type { GroupCommitQueue } from './groupCommit.ts';
import type { RoomRegistry } from './roomRegistry.ts';

export interface CollabServerOptions {
  registry: RoomRegistry;
  commitQueue: GroupCommitQueue;
  access: CollabAccess;
  limits: SyncLimits;
  /** How often to ping peers; one missed pong drops the peer. */
  heartbeatMs?: number;
}

export interface CollabServer {
  readonly connectionCount: number;
  /** Sessions ended (sign-out, password change): close their sockets now. */
  closeSessions(sessionIds: readonly string[]): void;
  /** Access to a room changed: re-decide every socket in it, downgrading or closing. */
  reauthorizeRoom(roomName: string): Promise<void>;
  /** A person's membership changed: re-decide every socket of theirs. */
  reauthorizeUser(userId: string): Promise<void>;
  /** Stop accepting, store everything, close every peer with 1012 (service restart). */
  close(): Promise<void>;
}

/** Serves `/collab/<room>` on an existing HTTP server, speaking the y-websocket protocol. */
export function attachCollabServer(httpServer: Server, options: CollabServerOptions): CollabServer {
  const { registry, limits, access } = options;
  // maxPayload makes ws refuse an oversize frame from its header (1009), before buffering it.
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes, perMessageDeflate: false });
  const connections = new Set<CollabConnection>();
  let accepting = true;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', () => socket.destroy());
    const roomName = roomNameFrom(request.url);
    if (roomName === undefined) return refuse(socket, 404, 'Not Found');
    if (!accepting) return refuse(socket, 503, 'Service Unavailable');
    if (roomName === null) {
      // Upgrade first so the client is told why, with a close code, rather than retrying a bare 400.
      return wss.handleUpgrade(request, socket, head, (ws) => ws.close(CloseCode.InvalidRoom, 'invalid room name'));
    }
    access.authorizeUpgrade(request, roomName).then(
      (decision) => {
        if (!decision.ok) return refuse(socket, decision.status, STATUS_TEXT[decision.status]);
        const grant = decision.grant;
        wss.handleUpgrade(request, socket, head, (ws) => {
          const connection: CollabConnection = new CollabConnection(ws, roomName, grant, {
            ...options,
            onOpen: () => connections.add(connection),
            onClose: () => connections.delete(connection),
          });
          connection.start();
        });
      },
      () => refuse(socket, 500, 'Internal Server Error'),
    );
  };
  httpServer.on('upgrade', onUpgrade);

  const heartbeat = setInterval(() => {
    for (const connection of connections) {
      if (!connection.alive) {
        connection.terminate();
        continue;
      }
      connection.alive = false;
      connection.ping();
    }
  }, options.heartbeatMs ?? 30_000);
  heartbeat.unref();

  const reauthorize = async (selected: CollabConnection[]) => {
    await Promise.all(
      selected.map(async (connection) => {
        const grant = await access.reauthorize(connection.currentGrant, connection.roomName).catch(() => null);
        if (grant) connection.updateGrant(grant);
        else connection.close(CloseCode.AccessRevoked, 'access withdrawn');
      }),
    );
  };

  return {
    get connectionCount() {
      return connections.size;
    },
    closeSessions(sessionIds) {
      const ended = new Set(sessionIds);
      for (const connection of connections) {
        const sessionId = connection.currentGrant.sessionId;
        if (sessionId && ended.has(sessionId)) connection.close(CloseCode.SessionEnded, 'session ended');
      }
    },
    reauthorizeRoom(roomName) {
      return reauthorize([...connections].filter((c) => c.roomName === roomName));
    },
    reauthorizeUser(userId) {
      return reauthorize([...connections].filter((c) => c.currentGrant.userId === userId));
    },
    async close() {
      accepting = false;
      clearInterval(heartbeat);
      await registry.closeAll(CloseCode.ServiceRestart, 'server restarting');
      for (const connection of connections) connection.close(CloseCode.ServiceRestart, 'server restarting');
      httpServer.off('upgrade', onUpgrade);
      wss.close();
    },
  };
}

/**
 * The room named in an upgrade URL: undefined when the path is not ours at
 * all, null when it is ours but the name is not a valid room name.
 */
export function roomNameFrom(url: string | undefined): string | null | undefined {
  const pathname = new URL(url ?? '/', 'http://localhost').pathname;
  if (!pathname.startsWith(COLLAB_PATH_PREFIX)) return undefined;
  try {
    const name = decodeURIComponent(pathname.slice(COLLAB_PATH_PREFIX.length));
    return isValidRoomName(name) ? name : null;
  } catch {
    return null;
  }
}

const STATUS_TEXT = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' } as const;

function refuse(socket: Duplex, status: number, text: string): void {
  if (socket.writable) socket.write(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}
