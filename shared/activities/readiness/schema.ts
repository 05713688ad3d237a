/** A readiness mark as stored in the BOARD: agendaItemId -> when the participant said "done". */
import { type Decoder, timestamp } from '../../core/decode';
import { valuesSlice } from '../../core/board-slice';

export const readinessDecoder: Decoder<number> = timestamp;

/** BOARD `readiness`: pid -> agendaItemId -> when the participant said "done". */
export const readinessSlice = valuesSlice('readiness', readinessDecoder, 'never');
