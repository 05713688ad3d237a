import type { SessionSnapshot } from '../../../shared/session/export/snapshot';
import { EXPORT_LABELS } from '../../../shared/session/export/labels';
import { listInitiatives, type PlacedInitiative } from '../../../shared/session/export/views';

/** The board's notes as the exporters list them: the report's board and its PNG agree with them. */
export function placedInitiatives(snapshot: SessionSnapshot): PlacedInitiative[] {
  return listInitiatives(snapshot, EXPORT_LABELS[snapshot.control.meta.lang]);
}
