import type * as Y from 'yjs';
import { boolean, integerIn, object, oneOf, withDefault } from '../core/decode';
import { ok } from '../core/result';
import { LIMITS } from '../core/protocol';
import { CONTROL_ROOT } from '../core/layout';
import { participantCapDecoder } from './schema/decoders';
import { MAX_DOT_BUDGET } from '../activities/lessons/schema';
import { controlRoot } from '../core/roots';
import { RESULTS_VISIBILITIES } from '../activities/propositions/schema';
import type { Settings } from './schema/types';
import { type ActionResult, decodeInput, transact } from '../core/run';

const patchDecoder = object({
  resultsVisibility: withDefault(oneOf(RESULTS_VISIBILITIES), undefined),
  facilitatorVotes: withDefault(boolean, undefined),
  dotBudget: withDefault(integerIn(0, MAX_DOT_BUDGET), undefined),
  minGroupSize: withDefault(
    integerIn(LIMITS.minGroupSizeFloor, LIMITS.minGroupSizeCeiling),
    undefined,
  ),
  participantCap: withDefault(participantCapDecoder, undefined),
  doorsClosed: withDefault(boolean, undefined),
});

/** Pre-moderation has its own action (session/moderation.ts): turning it on approves what exists. */
type SettingsPatch = Partial<Omit<Settings, 'premoderation'>>;

/** Changes any of the session settings; fields left out keep their value. */
export function updateSettings(control: Y.Doc, patch: SettingsPatch): ActionResult {
  const input = decodeInput(patchDecoder, patch);
  if (!input.ok) return input;
  return transact(control, () => {
    const settings = controlRoot(control, CONTROL_ROOT.settings);
    for (const [key, value] of Object.entries(input.value)) {
      if (value !== undefined) settings.set(key, value);
    }
    return ok(undefined);
  });
}
