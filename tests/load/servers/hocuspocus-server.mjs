// Hocuspocus as the benchmark runs it: the stock server with the SQLite extension writing to one
// file, default debounce (2 s, at most 10 s) for storing documents. Plain JavaScript, so it starts
// without a TypeScript loader. Environment: PORT, HOST, DATABASE (the SQLite file).
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';

const port = Number(process.env.PORT ?? 1234);
const host = process.env.HOST ?? '127.0.0.1';
const database = process.env.DATABASE;
if (!database) {
  console.error('DATABASE (the SQLite file) is required');
  process.exit(1);
}

const server = new Server({
  port,
  address: host,
  quiet: true,
  extensions: [new SQLite({ database })],
});
await server.listen();
