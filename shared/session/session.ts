import { BOARD_ROOT } from './activities';
import * as Y from 'yjs';
import { LIMITS, type Language } from '../core/protocol';
import { CONTROL_ROOT, FACILITATOR_NAMESPACE, SCHEMA_VERSION } from '../core/layout';
import { controlRoot, ensureNamespace } from '../core/roots';
import { DEFAULT_SETTINGS } from './schema/types';
import { CONTENT_KEYS, type WorkshopTemplate } from '../template/types';
import { ACTION_ORIGIN } from '../core/run';
import { writeProposition } from '../activities/propositions/store';

export type SessionInit = {
  title: string;
  lang: Language;
  template: WorkshopTemplate;
  createdAt: number;
  /** Pre-place the template's example initiatives under the facilitator's namespace. */
  includeExamples: boolean;
};

/**
 * Fills two fresh documents from a template. The server calls it once, on creation, with a
 * template that validateTemplate already accepted; the title is trimmed and cut to its limit here,
 * an empty title falls back to the template's.
 */
export function initializeSession(control: Y.Doc, board: Y.Doc, input: SessionInit): void {
  const title = input.title.trim().slice(0, LIMITS.sessionTitleMaxLength) || input.template.title;
  const template = structuredClone(input.template);
  control.transact(() => {
    const meta = controlRoot(control, CONTROL_ROOT.meta);
    meta.set('title', title);
    meta.set('lang', input.lang);
    meta.set('createdAt', input.createdAt);
    meta.set('schemaVersion', SCHEMA_VERSION);
    const settings = controlRoot(control, CONTROL_ROOT.settings);
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) settings.set(key, value);
    const live = controlRoot(control, CONTROL_ROOT.live);
    live.set('agendaItemId', template.agenda[0]?.id ?? '');
    live.set('routeStepId', 'explore');
    live.set('boardLocked', false);
    live.set('timer', null);
    live.set('checkRound', 0);
    live.set('checkPollOpen', false);
    const content = controlRoot(control, CONTROL_ROOT.content);
    for (const key of CONTENT_KEYS) content.set(key, template[key]);
    template.propositions.forEach((proposition, order) =>
      writeProposition(control, proposition.id, {
        text: proposition.text,
        state: 'draft',
        choices: proposition.choices,
        order,
      }),
    );
  }, ACTION_ORIGIN);
  board.transact(() => {
    if (!input.includeExamples) return;
    const examples = ensureNamespace(board, BOARD_ROOT.initiatives, FACILITATOR_NAMESPACE);
    for (const example of template.quadrant.examples) {
      const entry = new Y.Map<unknown>();
      entry.set('text', example.text);
      entry.set('colour', 'blue');
      entry.set('x', example.x);
      entry.set('y', example.y);
      entry.set('createdAt', input.createdAt);
      entry.set('updatedAt', input.createdAt);
      examples.set(example.id, entry);
    }
  }, ACTION_ORIGIN);
}
