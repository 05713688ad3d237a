/** The agenda's stored values: the current item and the timer, its fields of CONTROL `live`. */
import type * as Y from 'yjs';
import {
  type Decoder,
  integerIn,
  isRecord,
  literal,
  nullable,
  object,
  timestamp,
} from '../../core/decode';
import { err, ok } from '../../core/result';
import { CONTROL_ROOT, type TimerState } from '../../core/layout';
import { controlRoot } from '../../core/roots';
import { readDecodedFields } from '../../core/readers';
import { fieldError } from '../../core/errors';
import { type AgendaItemId, agendaItemIdDecoder } from '../../core/ids';

/** A timer longer than a day is a typo, not a workshop. */
export const MAX_TIMER_MS = 24 * 60 * 60 * 1000;

export const timerDecoder: Decoder<TimerState> = (value, path) => {
  if (!isRecord(value)) return err([fieldError(path, { code: 'not-an-object' })]);
  if (value.state === 'running') {
    return object({
      state: literal('running'),
      agendaItemId: agendaItemIdDecoder,
      endsAt: timestamp,
      durationMs: integerIn(0, MAX_TIMER_MS),
    })(value, path);
  }
  if (value.state === 'paused') {
    return object({
      state: literal('paused'),
      agendaItemId: agendaItemIdDecoder,
      remainingMs: integerIn(0, MAX_TIMER_MS),
      durationMs: integerIn(0, MAX_TIMER_MS),
    })(value, path);
  }
  return err([fieldError(`${path}.state`, { code: 'not-one-of', allowed: ['running', 'paused'] })]);
};

/** The agenda's fields of CONTROL `live`; '' is "no item yet" (before the first sync). */
export type AgendaLive = { agendaItemId: AgendaItemId | ''; timer: TimerState | null };

const currentItemDecoder: Decoder<AgendaItemId | ''> = (value, path) =>
  value === '' ? ok('') : agendaItemIdDecoder(value, path);

export const AGENDA_LIVE_FIELDS = {
  agendaItemId: currentItemDecoder,
  timer: nullable(timerDecoder),
};

export const DEFAULT_AGENDA_LIVE: AgendaLive = { agendaItemId: '', timer: null };

const agendaLiveDecoder: Decoder<AgendaLive> = object(AGENDA_LIVE_FIELDS);

export function readAgendaLive(control: Y.Doc): AgendaLive {
  return readDecodedFields(
    controlRoot(control, CONTROL_ROOT.live),
    DEFAULT_AGENDA_LIVE,
    agendaLiveDecoder,
    'live',
  );
}
