/**
 * Ids for new entries. crypto.getRandomValues, not crypto.randomUUID: randomUUID exists only in
 * secure contexts, and participants often open the app over plain http on the room's Wi-Fi.
 */
const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const ID_LENGTH = 16;

/** 16 symbols of 36 ≈ 82 bits: no collisions between the entries of one session. */
export function newId(): string {
  const bytes = new Uint8Array(ID_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  // 252 = 7 * 36: bytes above it are skipped so every symbol is equally likely.
  for (const byte of bytes)
    id += byte < 252 ? ID_ALPHABET[byte % 36] : ID_ALPHABET[(byte * 7) % 36];
  return id;
}
