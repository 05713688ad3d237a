/** A readiness mark as stored in the BOARD: agendaItemId -> when the participant said "done". */
import { type Decoder, timestamp } from '../../core/decode';

export const readinessDecoder: Decoder<number> = timestamp;
