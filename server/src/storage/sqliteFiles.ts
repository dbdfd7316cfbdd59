import path from 'node:path';

/** The files SQLite and the relay keep beside a database, named once for the relay, the key and the back-up scripts. */
export function sqliteFilesOf(database: string) {
  return {
    database,
    /** SQLite's write-ahead log: commits not yet copied into the database file live only here. */
    wal: `${database}-wal`,
    shm: `${database}-shm`,
    /**
     * Present while a relay has the database open and removed after it stops cleanly, so the next
     * start knows whether the log must still be there.
     */
    openMarker: `${database}-open`,
  };
}

export type SqliteFiles = ReturnType<typeof sqliteFilesOf>;

/** The database in DATA_DIR. */
export function sqliteFiles(dataDir: string): SqliteFiles {
  return sqliteFilesOf(path.join(dataDir, 'washup.sqlite'));
}
