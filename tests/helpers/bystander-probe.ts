/**
 * A bystander in its own process (so the attacker's tight loops in the test process cannot delay
 * its clock): its own session, a participant writing a value and the facilitator's client
 * waiting for it (round trip through the relay), and /healthz, each sampled every 100 ms.
 * Prints `ready` once synced; on a line `stop` on stdin, prints one JSON line of samples
 * ({ roundTrips, healthz }: [at, ms][]) and exits.
 *
 *   node --import tsx tests/helpers/bystander-probe.ts http://127.0.0.1:PORT
 */
import { createInterface } from 'node:readline';
import { BOARD_ROOT } from '../../shared/session/activities';
import {
  connectClient,
  createSession,
  entryIn,
  facilitatorParams,
  joinSession,
  namespaceMap,
  participantParams,
  whenSynced,
} from './server-clients';

const SAMPLE_EVERY_MS = 100;
/** A round trip still missing after this is recorded as this long, and the probe moves on. */
const GIVE_UP_MS = 5000;

type Sample = [at: number, ms: number];

const url = process.argv[2] ?? '';
const server = { url, wsUrl: `${url.replace(/^http/, 'ws')}/ws` };
const roundTrips: Sample[] = [];
const healthz: Sample[] = [];
let running = true;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function sampleRoundTrips(): Promise<void> {
  const session = await createSession(server);
  const participant = await joinSession(server, session.code, 'Bystander');
  const writer = connectClient(server, session.code, 'board', participantParams(participant));
  const reader = connectClient(server, session.code, 'board', facilitatorParams(session));
  await Promise.all([whenSynced(writer, 30_000), whenSynced(reader, 30_000)]);
  process.stdout.write('ready\n');
  for (let round = 0; running; round += 1) {
    const value = `r${round}`;
    const startedAt = Date.now();
    namespaceMap(writer.doc, BOARD_ROOT.checkHands, participant.participantId).set('probe', value);
    const seen = (): boolean =>
      entryIn(reader.doc, BOARD_ROOT.checkHands, participant.participantId, 'probe') === value;
    while (!seen() && Date.now() - startedAt < GIVE_UP_MS) await pause(2);
    roundTrips.push([startedAt, Date.now() - startedAt]);
    await pause(SAMPLE_EVERY_MS);
  }
  writer.destroy();
  reader.destroy();
}

async function sampleHealthz(): Promise<void> {
  while (running) {
    const startedAt = Date.now();
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(GIVE_UP_MS) });
      await response.text();
      healthz.push([startedAt, Date.now() - startedAt]);
    } catch {
      healthz.push([startedAt, GIVE_UP_MS]);
    }
    await pause(SAMPLE_EVERY_MS);
  }
}

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'stop') return;
  running = false;
  process.stdout.write(`${JSON.stringify({ roundTrips, healthz })}\n`);
  setTimeout(() => process.exit(0), 50);
});

void sampleHealthz();
sampleRoundTrips().catch((error: unknown) => {
  process.stderr.write(`bystander failed: ${String(error)}\n`);
  process.exit(1);
});
