import { useEffect, useState } from 'react';
import { collabServerUrl } from './collabLocation.ts';
import { createYjsRoom, type YjsRoom } from './yjsRoom.ts';

/**
 * The shared document of `roomName`, connected while the component is
 * mounted. Null during the first render: the room is created in an effect so
 * that React's double-invoked effects (StrictMode) never leak a connection.
 */
export function useYjsRoom(roomName: string): YjsRoom | null {
  const [room, setRoom] = useState<YjsRoom | null>(null);
  useEffect(() => {
    const created = createYjsRoom(collabServerUrl(window.location), roomName);
    setRoom(created);
    return () => {
      setRoom(null);
      created.destroy();
    };
  }, [roomName]);
  return room;
}
