/**
 * The relay's budgets for one update, checked after the authority check (who may write where)
 * and before Yjs applies anything: bounded work (update-cost.ts), the BOARD's shape and entry
 * counts for participants (schema-check.ts), per-participant storage and the session's size
 * (storage-ledger.ts). The facilitator writes anywhere but within the session's size.
 */
import * as Y from 'yjs';
import type { RefusalCode, RoomKind } from '../../shared/core/protocol';
import type { Principal } from './policy';
import type { DecodedUpdate } from './protocol';
import { checkParticipantBoardWrite } from './schema-check';
import { contentBytes, type StorageLedger, type Usage } from './storage-ledger';
import { integratedPath, UpdatePaths } from './struct-paths';
import { checkUpdateCost, type UpdateCost, type UpdateCostLimits } from './update-cost';

export type StorageLimits = {
  participantMaxStructs: number;
  participantMaxBytes: number;
  /** BOARD and CONTROL together. */
  sessionMaxStructs: number;
  sessionMaxBytes: number;
};

export type BudgetLimits = UpdateCostLimits & StorageLimits;

/** Which budget refused, for logs and metrics; the reason says the numbers. */
/** Each is also a RefusalCode (shared/core/protocol.ts): the writer is told which budget refused. */
export type BudgetCode = Extract<
  RefusalCode,
  'update-too-costly' | 'schema' | 'entry-count' | 'participant-storage' | 'session-storage'
>;

export type BudgetVerdict =
  | { allowed: true; splits: Map<string, number> }
  | { allowed: false; code: BudgetCode; reason: string };

export type BudgetInput = {
  doc: Y.Doc;
  kind: RoomKind;
  principal: Principal;
  decoded: DecodedUpdate;
  ledger: StorageLedger;
  /** What the session's other document holds (the session budget covers both). */
  otherRoomUsage: Usage;
  limits: BudgetLimits;
};

type Delta = Map<string, Usage>;

function addTo(delta: Delta, namespace: string, structs: number, bytes: number): void {
  const usage = delta.get(namespace) ?? { structs: 0, bytes: 0 };
  usage.structs += structs;
  usage.bytes += bytes;
  delta.set(namespace, usage);
}

/** What the update would add per namespace (new structs and splits; bytes net of deletions). */
function estimate(
  input: BudgetInput,
  cost: UpdateCost,
  paths: UpdatePaths,
): { delta: Delta; splits: Map<string, number> } {
  const { ledger } = input;
  const delta: Delta = new Map();
  const splits = new Map<string, number>();
  for (const struct of cost.newStructs) {
    const item = struct instanceof Y.Item ? struct : null;
    const namespace = ledger.namespaceOf(item === null ? null : paths.pathOf(item));
    addTo(delta, namespace, 1, item === null ? 0 : contentBytes(item));
  }
  for (const item of cost.deletedItems)
    addTo(delta, ledger.namespaceOf(integratedPath(item)), 0, -contentBytes(item));
  for (const item of cost.splitItems) {
    const namespace = ledger.namespaceOf(integratedPath(item));
    addTo(delta, namespace, 1, 0);
    splits.set(namespace, (splits.get(namespace) ?? 0) + 1);
  }
  if (cost.splitsOfNewStructs > 0) {
    const own =
      input.principal.role === 'participant' ? input.principal.participantId : '#facilitator';
    addTo(delta, own, cost.splitsOfNewStructs, 0);
  }
  return { delta, splits };
}

function storageProblem(input: BudgetInput, delta: Delta): BudgetVerdict | null {
  const { limits, ledger, principal } = input;
  let structs = 0;
  let bytes = 0;
  for (const [namespace, change] of delta) {
    structs += change.structs;
    bytes += change.bytes;
    if (principal.role !== 'participant' || namespace !== principal.participantId) continue;
    const usage = ledger.usageOf(namespace);
    if (change.structs > 0 && usage.structs + change.structs > limits.participantMaxStructs)
      return refusal(
        'participant-storage',
        `participant would hold more than ${limits.participantMaxStructs} structs`,
      );
    if (change.bytes > 0 && usage.bytes + change.bytes > limits.participantMaxBytes)
      return refusal(
        'participant-storage',
        `participant would hold more than ${limits.participantMaxBytes} bytes`,
      );
  }
  const session = {
    structs: ledger.total.structs + input.otherRoomUsage.structs,
    bytes: ledger.total.bytes + input.otherRoomUsage.bytes,
  };
  if (structs > 0 && session.structs + structs > limits.sessionMaxStructs)
    return refusal(
      'session-storage',
      `session would hold more than ${limits.sessionMaxStructs} structs`,
    );
  if (bytes > 0 && session.bytes + bytes > limits.sessionMaxBytes)
    return refusal(
      'session-storage',
      `session would hold more than ${limits.sessionMaxBytes} bytes`,
    );
  return null;
}

function refusal(code: BudgetCode, reason: string): BudgetVerdict {
  return { allowed: false, code, reason };
}

export function checkBudgets(input: BudgetInput): BudgetVerdict {
  const { doc, decoded, principal } = input;
  const costCheck = checkUpdateCost(doc, decoded, input.limits);
  if (!costCheck.ok) return refusal('update-too-costly', costCheck.reason);
  const { cost } = costCheck;
  const paths = new UpdatePaths(doc, decoded.structs);
  if (input.kind === 'board' && principal.role === 'participant') {
    const shape = checkParticipantBoardWrite(doc, cost.newStructs, paths, principal.participantId);
    if (!shape.allowed) return refusal(shape.code, shape.reason);
  }
  const { delta, splits } = estimate(input, cost, paths);
  return storageProblem(input, delta) ?? { allowed: true, splits };
}
