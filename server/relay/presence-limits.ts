/**
 * Presence (awareness) states are relayed to every socket and sent to every joiner, so each is
 * bounded in size, each participant holds a bounded number of them (one per tab), and none may
 * use the field the server publishes its own presence count under (presence-server.ts).
 */
import { LIMITS, SERVER_PRESENCE_FIELD } from '../../shared/core/protocol';
import type { AwarenessEntry } from './protocol';

/** Why an incoming state must not be relayed or stored, or null. */
export function presenceStateProblem(entry: AwarenessEntry): string | null {
  if (entry.state.length > LIMITS.maxPresenceStateBytes)
    return `presence state of ${entry.state.length} bytes (at most ${LIMITS.maxPresenceStateBytes})`;
  if (entry.state === 'null') return null;
  // Already parsed once by the frame decoder; at most maxPresenceStateBytes, so cheap.
  const parsed: unknown = JSON.parse(entry.state);
  if (typeof parsed === 'object' && parsed !== null && Object.hasOwn(parsed, SERVER_PRESENCE_FIELD))
    return `presence state uses the server's field "${SERVER_PRESENCE_FIELD}"`;
  return null;
}

/** Why a connection may not introduce one more presence entry for its principal, or null. */
export function presenceCountProblem(entriesOfPrincipal: number): string | null {
  return entriesOfPrincipal >= LIMITS.maxPresenceEntriesPerPrincipal
    ? `more than ${LIMITS.maxPresenceEntriesPerPrincipal} presence entries for one participant`
    : null;
}
