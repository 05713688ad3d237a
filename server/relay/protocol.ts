/**
 * The y-websocket wire protocol, decoded once at the edge into a discriminated union.
 *
 *   frame            = messageType:varUint body
 *   sync (0)         = syncType:varUint payload:varUint8Array
 *                      syncType 0 = step 1 (state vector), 1 = step 2 (update), 2 = update
 *   awareness (1)    = awarenessUpdate:varUint8Array
 *                      awarenessUpdate = count:varUint (clientID:varUint clock:varUint state:varString)*
 *   query awareness (3) = (empty)
 *   auth (2), server -> client only: permission denied = 0:varUint reason:varString
 *                      (y-protocols/auth; the reason is a RefusalCode from shared/core/protocol.ts)
 *
 * Anything else, trailing bytes, or an undecodable Yjs payload is a DecodeError: the socket that
 * sent it is closed with CLOSE_CODE.malformedFrame (1007).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { writePermissionDenied } from 'y-protocols/auth';
import type { RefusalCode } from '../../shared/core/protocol';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;
export type AwarenessEntry = { clientId: number; clock: number; state: string };

export type Frame =
  | { type: 'sync-step-1'; stateVector: Uint8Array; isEmptyStateVector: boolean }
  | { type: 'sync-step-2'; update: Uint8Array; decoded: DecodedUpdate }
  | { type: 'update'; update: Uint8Array; decoded: DecodedUpdate }
  | { type: 'awareness'; update: Uint8Array; entries: AwarenessEntry[] }
  | { type: 'query-awareness' };

export type DecodeError = { type: 'error'; reason: string };

function failure(reason: string): DecodeError {
  return { type: 'error', reason };
}

function decodeSync(decoder: decoding.Decoder): Frame | DecodeError {
  const syncType = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (decoding.hasContent(decoder)) return failure('trailing bytes after sync message');
  if (syncType === SYNC_STEP_1) {
    const stateVector = Y.decodeStateVector(payload);
    return {
      type: 'sync-step-1',
      stateVector: payload,
      isEmptyStateVector: stateVector.size === 0,
    };
  }
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE)
    return failure(`unknown sync message type ${syncType}`);
  const decoded = Y.decodeUpdate(payload);
  return { type: syncType === SYNC_STEP_2 ? 'sync-step-2' : 'update', update: payload, decoded };
}

export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    JSON.parse(state);
    entries.push({ clientId, clock, state });
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after awareness entries');
  return entries;
}

function decodeAwareness(decoder: decoding.Decoder): Frame | DecodeError {
  const update = decoding.readVarUint8Array(decoder);
  if (decoding.hasContent(decoder)) return failure('trailing bytes after awareness message');
  return { type: 'awareness', update, entries: decodeAwarenessEntries(update) };
}

export function decodeFrame(bytes: Uint8Array): Frame | DecodeError {
  try {
    const decoder = decoding.createDecoder(bytes);
    const messageType = decoding.readVarUint(decoder);
    switch (messageType) {
      case MESSAGE_SYNC:
        return decodeSync(decoder);
      case MESSAGE_AWARENESS:
        return decodeAwareness(decoder);
      case MESSAGE_QUERY_AWARENESS:
        return decoding.hasContent(decoder)
          ? failure('trailing bytes after query')
          : { type: 'query-awareness' };
      default:
        return failure(`unknown message type ${messageType}`);
    }
  } catch (error) {
    return failure(
      error instanceof Error ? `undecodable frame: ${error.message}` : 'undecodable frame',
    );
  }
}

function syncMessage(syncType: number, payload: Uint8Array): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  const bytes = encoding.toUint8Array(encoder);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export const encodeSyncStep1 = (stateVector: Uint8Array): Buffer =>
  syncMessage(SYNC_STEP_1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array): Buffer => syncMessage(SYNC_STEP_2, update);
export const encodeUpdate = (update: Uint8Array): Buffer => syncMessage(SYNC_UPDATE, update);

export function encodeAwareness(awarenessUpdate: Uint8Array): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  const bytes = encoding.toUint8Array(encoder);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Tells a writer that (part of) their update was refused, and why. */
export function encodePermissionDenied(code: RefusalCode): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AUTH);
  writePermissionDenied(encoder, code);
  const bytes = encoding.toUint8Array(encoder);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * An awareness message with zero entries: clients apply it as a no-op, but it counts as traffic,
 * which keeps an idle viewer's y-websocket client from dropping the socket after 30 s of silence.
 */
export const KEEPALIVE_MESSAGE = encodeAwareness(Uint8Array.of(0));
