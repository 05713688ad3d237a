/**
 * The workshop texts as stored in CONTROL `content`. Missing or damaged parts read as empty texts
 * (template/empty.ts), never the built-in ones, so nothing crashes on a document that has not
 * synced yet; `readContentOrNull` tells a screen to wait instead.
 */
import type * as Y from 'yjs';
import { CONTROL_ROOT } from '../../core/layout';
import { controlRoot } from '../../core/roots';
import { emptyContent } from '../../template/empty';
import { CONTENT_DECODERS } from '../../template/validate';
import { CONTENT_KEYS, type ContentKey, type SessionContent } from '../../template/types';

/** One part of the workshop texts; an empty part when missing or damaged. */
export function readContentPart<K extends ContentKey>(control: Y.Doc, key: K): SessionContent[K] {
  const decoded = CONTENT_DECODERS[key](controlRoot(control, CONTROL_ROOT.content).get(key), key);
  if (decoded.ok) return decoded.value;
  const fallback: SessionContent = emptyContent();
  return fallback[key];
}

export function readContent(control: Y.Doc): SessionContent {
  return readContentOrNull(control) ?? mergeWithEmpty(control);
}

function mergeWithEmpty(control: Y.Doc): SessionContent {
  const content: Partial<Record<ContentKey, unknown>> = {};
  for (const key of CONTENT_KEYS) content[key] = readContentPart(control, key);
  // Safe: every ContentKey was filled by readContentPart with its own part's type.
  return content as SessionContent;
}

/** All parts or null: a half-synced document would show a half-empty screen. */
export function readContentOrNull(control: Y.Doc): SessionContent | null {
  const map = controlRoot(control, CONTROL_ROOT.content);
  const content: Partial<Record<ContentKey, unknown>> = {};
  for (const key of CONTENT_KEYS) {
    const decoded = CONTENT_DECODERS[key](map.get(key), key);
    if (!decoded.ok) return null;
    content[key] = decoded.value;
  }
  // Safe: every ContentKey was decoded above by its own part's decoder.
  return content as SessionContent;
}
