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
