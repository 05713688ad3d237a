/**
 * The two peers: `@y/websocket-server` 0.1.1 started from its own bin (with the ws version it
 * ships), and `@hocuspocus/server` 4.7.0 with default settings. Both keep documents in memory
 * and check no credentials, so a "session" is just two fresh room names.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { RelayProcess, type RelayOptions } from './relay-process';
import type { Credentials, RelayUnderTest, SessionAccess } from './relay';

const require = createRequire(import.meta.url);
const Y_WEBSOCKET_SERVER_BIN = path.join(
  path.dirname(require.resolve('@y/websocket-server/package.json')),
  'src/server.js',
);
const HOCUSPOCUS_ENTRY = path.join(import.meta.dirname, 'hocuspocus-server.ts');

let sessionCounter = 0;

function peerSession(participantCount: number): SessionAccess {
  sessionCounter += 1;
  const code = `BENCH${String(sessionCounter).padStart(3, '0')}`;
  const participant = (index: number): Credentials => ({
    params: {},
    identity: { participantId: `p${index}`, name: `Participant ${index}`, role: 'participant' },
  });
  return {
    boardRoom: code,
    controlRoom: `${code}.control`,
    facilitator: {
      params: {},
      identity: { participantId: 'facilitator', name: 'Facilitator', role: 'facilitator' },
    },
    participants: Array.from({ length: participantCount }, (_, index) => participant(index)),
  };
}

export async function startYWebsocketServer(options: RelayOptions): Promise<RelayUnderTest> {
  const process = await RelayProcess.start({
    entry: Y_WEBSOCKET_SERVER_BIN,
    env: {},
    relay: options,
    label: 'y-websocket',
  });
  return {
    name: 'y-websocket',
    protocol: 'y-websocket',
    process,
    wsUrl: `ws://127.0.0.1:${process.port}/ws`,
    createSession: async (participantCount) => peerSession(participantCount),
    stop: () => process.stop(),
  };
}

export async function startHocuspocus(options: RelayOptions): Promise<RelayUnderTest> {
  const process = await RelayProcess.start({
    entry: HOCUSPOCUS_ENTRY,
    env: {},
    relay: options,
    label: 'hocuspocus',
  });
  return {
    name: 'hocuspocus',
    protocol: 'hocuspocus',
    process,
    wsUrl: `ws://127.0.0.1:${process.port}`,
    createSession: async (participantCount) => peerSession(participantCount),
    stop: () => process.stop(),
  };
}
