import { backUpDatabase } from '../storage/sqliteBackup';
import { runFileCommand } from './command';

runFileCommand('backup', async (target, files) => {
  const { boards, bytes } = await backUpDatabase(files, target);
  return `Backed up ${boards} boards (${bytes} bytes) from ${files.database} to ${target}; integrity checked.`;
});
