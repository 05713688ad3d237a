/** CONTROL `meta`: the session's title, language and schema version, common to every activity. */
import type * as Y from 'yjs';
import { type Decoder, integerIn, object, oneOf, text, timestamp } from './decode';
import { LANGUAGES, LIMITS, type Language } from './protocol';
import { CONTROL_ROOT, SCHEMA_VERSION } from './layout';
import { controlRoot } from './roots';
import { readDecodedFields } from './readers';

export type Meta = { title: string; lang: Language; createdAt: number; schemaVersion: number };

export const metaDecoder: Decoder<Meta> = object({
  title: text({ max: LIMITS.sessionTitleMaxLength }),
  lang: oneOf(LANGUAGES),
  createdAt: timestamp,
  schemaVersion: integerIn(1, 1000),
});

/** As metaDecoder, but an empty title reads fine: it is the default before the first sync. */
const metaReadDecoder: Decoder<Meta> = object({
  title: text({ min: 0, max: LIMITS.sessionTitleMaxLength }),
  lang: oneOf(LANGUAGES),
  createdAt: timestamp,
  schemaVersion: integerIn(1, 1000),
});

export function readMeta(control: Y.Doc): Meta {
  const defaults: Meta = {
    title: '',
    lang: 'nl',
    createdAt: 0,
    schemaVersion: SCHEMA_VERSION,
  };
  return readDecodedFields(
    controlRoot(control, CONTROL_ROOT.meta),
    defaults,
    metaReadDecoder,
    'meta',
  );
}

/** True once initializeSession (or a restore) has run on this document. */
export function isInitialized(control: Y.Doc): boolean {
  return controlRoot(control, CONTROL_ROOT.meta).has('schemaVersion');
}
