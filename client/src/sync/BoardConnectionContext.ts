import { createContext, useContext } from 'react';
import type { BoardConnection } from './BoardConnection';

export const BoardConnectionContext = createContext<BoardConnection | null>(null);

/** The open board's connection. Only inside `<BoardConnectionProvider>` (every board view is). */
export function useBoardConnection(): BoardConnection {
  const connection = useContext(BoardConnectionContext);
  if (!connection) throw new Error('useBoardConnection needs a <BoardConnectionProvider> above it');
  return connection;
}
