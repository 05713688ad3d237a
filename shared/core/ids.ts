/**
 * Ids, branded by what they name, so that an initiative's id passed where a participant's is
 * expected does not compile. At run time every id is a plain string that passes `isSafeId`
 * (decode.ts); the brand exists only for the compiler.
 *
 * Ids are branded where they enter: the decoders below (documents, API answers, stored
 * identities), the `new…Id()` functions for new entries, and `…Id(raw)` for ids written in the
 * code itself (constants, tests).
 */
import { type Decoder, isSafeId } from './decode';
import { fieldError } from './errors';
import { err, ok } from './result';

export type Brand<T, B> = T & { readonly __brand: B };

export type ParticipantId = Brand<string, 'ParticipantId'>;
export type InitiativeId = Brand<string, 'InitiativeId'>;
export type PropositionId = Brand<string, 'PropositionId'>;
export type AgendaItemId = Brand<string, 'AgendaItemId'>;
export type RouteNoteId = Brand<string, 'RouteNoteId'>;
export type TakeawayId = Brand<string, 'TakeawayId'>;
export type LessonId = Brand<string, 'LessonId'>;
/** A reason ("why") or a barrier ("Wat knelt?"): both are recognised the same way. */
export type ReasonId = Brand<string, 'ReasonId'>;

type IdGuard<I extends string> = (value: unknown) => value is I;

// Each guard is the one place a string becomes that brand: the predicate is the mint.
export const isParticipantId = (value: unknown): value is ParticipantId => isSafeId(value);
export const isInitiativeId = (value: unknown): value is InitiativeId => isSafeId(value);
export const isPropositionId = (value: unknown): value is PropositionId => isSafeId(value);
export const isAgendaItemId = (value: unknown): value is AgendaItemId => isSafeId(value);
export const isRouteNoteId = (value: unknown): value is RouteNoteId => isSafeId(value);
export const isTakeawayId = (value: unknown): value is TakeawayId => isSafeId(value);
export const isLessonId = (value: unknown): value is LessonId => isSafeId(value);
export const isReasonId = (value: unknown): value is ReasonId => isSafeId(value);

/** The `id` decoder's rule (decode.ts), answering the branded type. */
function idDecoder<I extends string>(guard: IdGuard<I>): Decoder<I> {
  return (value, path) =>
    guard(value) ? ok(value) : err([fieldError(path, { code: 'not-an-id' })]);
}

export const participantIdDecoder: Decoder<ParticipantId> = idDecoder(isParticipantId);
export const initiativeIdDecoder: Decoder<InitiativeId> = idDecoder(isInitiativeId);
export const propositionIdDecoder: Decoder<PropositionId> = idDecoder(isPropositionId);
export const agendaItemIdDecoder: Decoder<AgendaItemId> = idDecoder(isAgendaItemId);
export const routeNoteIdDecoder: Decoder<RouteNoteId> = idDecoder(isRouteNoteId);
export const takeawayIdDecoder: Decoder<TakeawayId> = idDecoder(isTakeawayId);
export const lessonIdDecoder: Decoder<LessonId> = idDecoder(isLessonId);
export const reasonIdDecoder: Decoder<ReasonId> = idDecoder(isReasonId);

/**
 * For ids written in the code (constants, tests): a malformed one is a programming error, so it
 * throws. Ids from outside go through the decoders, which answer a FieldError instead.
 */
function idConstructor<I extends string>(guard: IdGuard<I>, kind: string): (raw: string) => I {
  return (raw) => {
    if (guard(raw)) return raw;
    throw new Error(`Not a ${kind} id: ${JSON.stringify(raw)}`);
  };
}

export const participantId = idConstructor(isParticipantId, 'participant');
export const initiativeId = idConstructor(isInitiativeId, 'initiative');
export const propositionId = idConstructor(isPropositionId, 'proposition');
export const agendaItemId = idConstructor(isAgendaItemId, 'agenda item');
export const routeNoteId = idConstructor(isRouteNoteId, 'route note');
export const takeawayId = idConstructor(isTakeawayId, 'takeaway');
export const lessonId = idConstructor(isLessonId, 'lesson');
export const reasonId = idConstructor(isReasonId, 'reason');

/**
 * Ids for new entries. crypto.getRandomValues, not crypto.randomUUID: randomUUID exists only in
 * secure contexts, and participants often open the app over plain http on the room's Wi-Fi.
 */
const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const ID_LENGTH = 16;
/** 7 * 36: bytes from here up are dropped, so every symbol is equally likely (no modulo bias). */
const UNBIASED_LIMIT = 252;

/** 16 symbols of 36 ≈ 82 bits: no collisions between the entries of one session. */
export function newId(): string {
  let id = '';
  while (id.length < ID_LENGTH) {
    const bytes = new Uint8Array(ID_LENGTH * 2);
    globalThis.crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte < UNBIASED_LIMIT && id.length < ID_LENGTH)
        id += ID_ALPHABET[byte % ID_ALPHABET.length];
    }
  }
  return id;
}

// newId() always passes isSafeId (16 symbols of [0-9a-z]), so these never throw.
export const newInitiativeId = (): InitiativeId => initiativeId(newId());
export const newPropositionId = (): PropositionId => propositionId(newId());
export const newRouteNoteId = (): RouteNoteId => routeNoteId(newId());
export const newTakeawayId = (): TakeawayId => takeawayId(newId());
export const newAgendaItemId = (): AgendaItemId => agendaItemId(newId());
export const newLessonId = (): LessonId => lessonId(newId());
export const newReasonId = (): ReasonId => reasonId(newId());
