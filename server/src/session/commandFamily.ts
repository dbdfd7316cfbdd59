import type { z } from 'zod';
import type { Access } from '../auth/access';
import type { Storage } from '../storage/storage';
import type { RoomRegistry } from '../sync/roomRegistry';
import type { Deadlines } from './deadlines';
import type { SessionStore } from './sessionStore';

export interface CommandContext {
  access: Access;
  now: number;
  session: SessionStore;
  storage: Storage;
  rooms: RoomRegistry;
  deadlines: Deadlines;
}

/**
 * A group of session commands sharing a type prefix (`council.start`, `vote.open`, ...): its zod
 * schema, and a handler that runs the rules from `shared/` and writes the session doc.
 */
export interface CommandFamily<Command extends { type: string } = { type: string }> {
  prefix: string;
  schema: z.ZodType<Command>;
  handle(command: Command, context: CommandContext): Promise<unknown>;
}
