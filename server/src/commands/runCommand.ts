import type { CommandResult } from '@washup/shared/api';
import type { CommandContext, CommandFamily } from './commandFamily';
import { Refused } from '../refusals/refused';

/** Hands a command to the family its type's prefix names (`council.*`, `vote.*`, ...), which checks the rest. */
export function runCommand(families: readonly CommandFamily[], command: { type: string }, context: CommandContext): Promise<CommandResult> {
  const prefix = command.type.split('.')[0] ?? '';
  const family = families.find((candidate) => candidate.prefix === prefix);
  if (!family) throw new Refused('invalid', 'unknown_command', `unknown command type "${command.type}"`);
  return family.run(command, context);
}
