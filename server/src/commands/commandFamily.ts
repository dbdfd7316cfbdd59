import type { z } from 'zod';
import type { CommandResult } from '@washup/shared/api';
import type { Access } from '../auth/access';
import { Refused } from '../refusals/refused';
import type { Storage } from '../storage/storage';
import type { RoomRegistry } from '../sync/roomRegistry';
import type { RelayDocStore } from '../relayDoc/relayDocStore';

export interface CommandContext {
  access: Access;
  now: number;
  relayDoc: RelayDocStore;
  storage: Storage;
  rooms: RoomRegistry;
}

/**
 * A group of commands sharing a type prefix (`council.start`, `vote.open`, ...). `run`
 * validates the whole command with the family's schema, then runs the rules from `shared/` and
 * writes the relay doc.
 */
export interface CommandFamily {
  prefix: string;
  run(body: unknown, context: CommandContext): Promise<CommandResult>;
}

export function commandFamily<Command>(
  prefix: string,
  schema: z.ZodType<Command>,
  handle: (command: Command, context: CommandContext) => Promise<CommandResult>,
): CommandFamily {
  return {
    prefix,
    run(body, context) {
      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        const details = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'command'}: ${issue.message}`).join('; ');
        throw new Refused('invalid', 'invalid_command', `invalid command: ${details}`);
      }
      return handle(parsed.data, context);
    },
  };
}
