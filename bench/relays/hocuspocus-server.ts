/**
 * `@hocuspocus/server` 4.7.0 with its defaults and no extensions (in-memory documents), on the
 * host and port the benchmark gives it. Version 4 declares Node >= 22; it runs on Node 20 here.
 */
import { Server } from '@hocuspocus/server';

const server = new Server({
  address: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT),
  quiet: true,
  stopOnSignals: true,
});
await server.listen();
