import { useEffect, useState, type ReactNode } from 'react';
import { BoardConnection, type ConnectionIdentity } from './BoardConnection';
import { BoardConnectionContext } from './BoardConnectionContext';
import { exposeForDebugging } from './debugHandle';

interface Props {
  boardId: string;
  identity: ConnectionIdentity;
  /** Shown until the connection exists (one render at most). */
  fallback?: ReactNode;
  children: ReactNode;
}

/** Opens one BoardConnection for the board while mounted, and closes it on unmount. */
export function BoardConnectionProvider({ boardId, identity, fallback = null, children }: Props) {
  const [connection, setConnection] = useState<BoardConnection | null>(null);
  const { token, participantId, name, role } = identity;

  useEffect(() => {
    const opened = new BoardConnection(boardId, { token, participantId, name, role });
    setConnection(opened);
    const unexpose = exposeForDebugging(opened);
    return () => {
      unexpose();
      opened.destroy();
      setConnection((current) => (current === opened ? null : current));
    };
  }, [boardId, token, participantId, name, role]);

  if (!connection) return <>{fallback}</>;
  return <BoardConnectionContext.Provider value={connection}>{children}</BoardConnectionContext.Provider>;
}
