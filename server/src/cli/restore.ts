import { existsSync } from 'node:fs';
import path from 'node:path';
import { restoreDatabase } from '../storage/sqliteBackup';
import { runFileCommand } from './command';

runFileCommand('restore', async (backup, files) => {
  const { boards, keptAside } = restoreDatabase(backup, files);
  const key = path.join(path.dirname(files.database), 'secret.key');
  return [
    `Restored ${boards} boards from ${backup} into ${files.database}; integrity checked.`,
    keptAside ? `The database it replaced is kept in ${keptAside}.` : '',
    existsSync(key) || process.env.WASHUP_SECRET ? '' : `Put the secret.key that signed these boards' links at ${key} (or set WASHUP_SECRET) before starting the relay.`,
  ]
    .filter(Boolean)
    .join('\n');
});
