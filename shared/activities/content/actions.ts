import type * as Y from 'yjs';
import { actionError } from '../../core/errors';
import { ok, err } from '../../core/result';
import { CONTROL_ROOT } from '../../core/layout';
import { controlRoot } from '../../core/roots';
import { CONTENT_KEYS, type ContentKey, type SessionContent } from '../../template/types';
import { CONTENT_DECODERS } from '../../template/validate';
import { LIMITS } from '../../core/protocol';
import { text } from '../../core/decode';
import { readContentPart } from './schema';
import { type ActionResult, decodeInput, transact } from '../../core/run';

/**
 * Replaces one part of the workshop texts (agenda, lessons, route-map prompts...). The whole
 * part is validated as in a template file; a part is one JSON value, so the last facilitator
 * edit of a part wins, which is fine for the one person who edits the texts.
 */
export function editContent<K extends ContentKey>(
  control: Y.Doc,
  key: K,
  value: SessionContent[K],
): ActionResult {
  if (!CONTENT_KEYS.includes(key))
    return err(actionError('invalid-input', `Unknown content part "${String(key)}"`, 'key'));
  const decoder = CONTENT_DECODERS[key];
  const input = decodeInput(decoder, value, key);
  if (!input.ok) return input;
  return transact(control, () => {
    controlRoot(control, CONTROL_ROOT.content).set(key, input.value);
    if (key === 'agenda') keepCurrentAgendaItem(control);
    return ok(undefined);
  });
}

/** An edited agenda that dropped the current item moves the room to the first item. */
function keepCurrentAgendaItem(control: Y.Doc): void {
  const agenda = readContentPart(control, 'agenda');
  const live = controlRoot(control, CONTROL_ROOT.live);
  if (agenda.some((item) => item.id === live.get('agendaItemId'))) return;
  live.set('agendaItemId', agenda[0]?.id ?? '');
}

/** Renames the session. */
export function setSessionTitle(control: Y.Doc, title: string): ActionResult {
  const input = decodeInput(text({ max: LIMITS.sessionTitleMaxLength }), title, 'title');
  if (!input.ok) return input;
  return transact(control, () => {
    controlRoot(control, CONTROL_ROOT.meta).set('title', input.value);
    return ok(undefined);
  });
}
