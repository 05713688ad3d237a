/**
 * What this browser remembers between reloads: the participant identity per session (so a
 * reload keeps the same person and vote), the facilitator key per session, and the last name
 * and perspective typed (so the next workshop's join form is prefilled).
 * localStorage can throw (private mode, quota): then we simply do not remember.
 */
import { PERSPECTIVES, type Perspective } from '../../shared/core/protocol';
import { isRecord } from '../../shared/core/decode';
import { type ParticipantId, isParticipantId } from '../../shared/core/ids';

export type ParticipantIdentity = {
  participantId: ParticipantId;
  participantToken: string;
  name: string;
  perspective: Perspective | null;
};

export type Profile = { name: string; perspective: Perspective | null };

const PREFIX = 'collectief';
const participantKey = (code: string): string => `${PREFIX}:participant:${code}`;
const facilitatorStorageKey = (code: string): string => `${PREFIX}:facilitator:${code}`;
const PROFILE_KEY = `${PREFIX}:profile`;

function readJson(key: string): unknown {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch (cause) {
    console.warn('collectief: could not persist to localStorage', cause);
  }
}

function asPerspective(value: unknown): Perspective | null {
  return (PERSPECTIVES as readonly unknown[]).includes(value) ? (value as Perspective) : null;
}

export function loadParticipant(code: string): ParticipantIdentity | null {
  const value = readJson(participantKey(code));
  if (!isRecord(value)) return null;
  const { participantId, participantToken, name } = value;
  if (!isParticipantId(participantId) || typeof participantToken !== 'string') return null;
  if (typeof name !== 'string') return null;
  return {
    participantId,
    participantToken,
    name,
    perspective: asPerspective(value['perspective']),
  };
}

export function saveParticipant(code: string, identity: ParticipantIdentity): void {
  write(participantKey(code), JSON.stringify(identity));
  saveProfile({ name: identity.name, perspective: identity.perspective });
}

export function forgetParticipant(code: string): void {
  write(participantKey(code), null);
}

export function loadProfile(): Profile {
  const value = readJson(PROFILE_KEY);
  if (!isRecord(value)) return { name: '', perspective: null };
  const name = typeof value['name'] === 'string' ? value['name'] : '';
  return { name, perspective: asPerspective(value['perspective']) };
}

function saveProfile(profile: Profile): void {
  write(PROFILE_KEY, JSON.stringify(profile));
}

export function loadFacilitatorKey(code: string): string | null {
  try {
    return window.localStorage.getItem(facilitatorStorageKey(code));
  } catch {
    return null;
  }
}

export function forgetFacilitatorKey(code: string): void {
  write(facilitatorStorageKey(code), null);
}

export function saveFacilitatorKey(code: string, facilitatorKey: string): void {
  write(facilitatorStorageKey(code), facilitatorKey);
}

/**
 * Reads `#key=` from the address bar, stores it, and removes it from the visible URL at once:
 * a projected address bar or a shared screenshot must never show the facilitator key.
 */
export function takeFacilitatorKeyFromUrl(code: string): string | null {
  const hash = window.location.hash.replace(/^#/, '');
  const key = new URLSearchParams(hash).get('key');
  if (key === null || key === '') return loadFacilitatorKey(code);
  saveFacilitatorKey(code, key);
  const { pathname, search } = window.location;
  window.history.replaceState(null, '', `${pathname}${search}`);
  return key;
}
