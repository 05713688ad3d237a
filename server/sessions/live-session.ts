/**
 * A session loaded in memory: its meta and its two rooms (BOARD and CONTROL are loaded and
 * unloaded together, because the BOARD's authority check reads the CONTROL's lock).
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import type { RoomKind } from '../../shared/core/protocol';
import type { BallotBox } from '../ballots/ballot-box';
import type { Room } from '../relay/room';
import type { SessionMeta } from '../storage/store';
import type { Revocations } from './revocations';

export class LiveSession {
  idleTimer: NodeJS.Timeout | null = null;
  deleted = false;

  constructor(
    readonly meta: SessionMeta,
    readonly board: Room,
    readonly control: Room,
    /** Who voted what: kept only here, never in a relayed document (see server/ballots). */
    readonly ballots: BallotBox,
    /** Stops republishing CONTROL `results` (unload, delete). */
    readonly stopResults: () => void,
    /** Participants the facilitator removed (see revocations.ts). */
    readonly revocations: Revocations,
  ) {}

  get code(): string {
    return this.meta.code;
  }

  room(kind: RoomKind): Room {
    return kind === 'board' ? this.board : this.control;
  }

  /** True once the facilitator removed this participant: every credential check refuses them. */
  isRevoked(participantId: string): boolean {
    return this.revocations.has(participantId);
  }

  get rooms(): [Room, Room] {
    return [this.board, this.control];
  }

  get connectionCount(): number {
    return this.board.connections.size + this.control.connections.size;
  }

  /** Participants on the board now: removal takes a participant off it, freeing the seat. */
  get participantCount(): number {
    return this.board.doc.getMap(BOARD_ROOT.participants).size;
  }
}
