/**
 * What a participant or the facilitator can observe of a vote: every raw frame their official
 * y-websocket client receives, and the HTTP answers they may ask for. For the secret-ballot tests.
 */
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { roomName, type RoomKind, API_ROUTES, apiPath } from '../../shared/core/protocol';
import type { TestServer } from './server';
import { connectWithTickets } from '../../client/session/tickets';
import { api, fetchTicket, type CreatedSession, type Participant } from './server-clients';

export type ObservedClient = {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Every binary frame the socket received, in order, across reconnects. */
  frames: Uint8Array[];
  destroy(): void;
};

/** An official client whose WebSocket records every frame it receives. */
export function observedClient(
  server: Pick<TestServer, 'wsUrl'>,
  code: string,
  kind: RoomKind,
  params: Record<string, string>,
): ObservedClient {
  const frames: Uint8Array[] = [];
  class RecordingSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data: ArrayBuffer | Buffer) => frames.push(new Uint8Array(data)));
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.wsUrl, roomName(code, kind), doc, {
    // Credentials never go into the URL: each connection attempt trades them for a ticket.
    connect: false,
    WebSocketPolyfill: RecordingSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const tickets = connectWithTickets(provider, () => fetchTicket(server, code, params));
  tickets.connect();
  return {
    doc,
    provider,
    frames,
    destroy: () => {
      tickets.stop();
      provider.destroy();
      doc.destroy();
    },
  };
}

/** The document updates carried by sync frames (y-protocols messageSync = 0; awareness is 1). */
export function updatesIn(frames: readonly Uint8Array[]): Uint8Array[] {
  const updates: Uint8Array[] = [];
  for (const frame of frames) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== 0) continue;
    const type = decoding.readVarUint(decoder);
    if (type === 1 || type === 2) updates.push(decoding.readVarUint8Array(decoder));
  }
  return updates;
}

/** How many items (pieces of new content) the updates insert: 0 means nothing new to see. */
export function insertedItems(updates: readonly Uint8Array[]): number {
  let count = 0;
  for (const update of updates) {
    for (const struct of Y.decodeUpdate(update).structs) if (struct instanceof Y.Item) count += 1;
  }
  return count;
}

export async function joinAs(
  server: Pick<TestServer, 'url'>,
  code: string,
  name: string,
  perspective: string,
): Promise<Participant> {
  const response = await api(server, 'POST', apiPath(API_ROUTES.participants, { code }), {
    body: { name, perspective },
  });
  if (response.status !== 201) throw new Error(`join: ${response.status} ${response.text}`);
  const body = response.body as Participant;
  return { participantId: body.participantId, participantToken: body.participantToken };
}

const participantHeaders = (who: Participant): Record<string, string> => ({
  Authorization: `Bearer ${who.participantToken}`,
  'X-Participant-Id': who.participantId,
});

/** PUTs a vote until the relay has the facilitator's "open" (409 until then); returns the status. */
export async function vote(
  server: Pick<TestServer, 'url'>,
  code: string,
  who: Participant,
  propositionId: string,
  choiceId: string | null,
): Promise<number> {
  const response = await api(server, 'PUT', `/api/sessions/${code}/votes/${propositionId}`, {
    body: { choiceId },
    headers: participantHeaders(who),
  });
  return response.status;
}

export async function mine(
  server: Pick<TestServer, 'url'>,
  code: string,
  who: Participant,
): Promise<unknown> {
  const response = await api(server, 'GET', apiPath(API_ROUTES.myVotes, { code }), {
    headers: participantHeaders(who),
  });
  return { status: response.status, body: response.body };
}

/** Everything a participant and the facilitator may ask over HTTP about the session. */
export async function httpView(
  server: Pick<TestServer, 'url'>,
  session: CreatedSession,
  observer: Participant,
): Promise<Record<string, string>> {
  const facilitator = { Authorization: `Bearer ${session.facilitatorKey}` };
  const view: Record<string, string> = {
    public: (await api(server, 'GET', apiPath(API_ROUTES.session, { code: session.code }))).text,
    mine: JSON.stringify(await mine(server, session.code, observer)),
  };
  for (const file of ['votes.csv', 'report.md']) {
    view[file] = (
      await api(server, 'GET', apiPath(API_ROUTES.export, { code: session.code, file }), {
        headers: facilitator,
      })
    ).text;
  }
  const backup = await api(
    server,
    'GET',
    apiPath(API_ROUTES.export, { code: session.code, file: 'session.json' }),
    {
      headers: facilitator,
    },
  );
  const { sealedBallots, ...rest } = backup.body as { sealedBallots?: string };
  // The sealed part is new ciphertext every time (random IV); its length is what could leak.
  view['session.json'] = JSON.stringify(rest);
  view['session.json sealed length'] = String(sealedBallots?.length ?? 0);
  return view;
}
