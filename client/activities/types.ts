import type { ComponentType } from 'react';
import type { SessionSnapshot } from '../../shared/session/export/snapshot';
import type { AgendaItem } from '../../shared/template/types';
import type { EditorMessages } from '../i18n/editor';

/** Every live view gets the agenda item it shows (an exchange shows its description). */
export type ActivityViewProps = { item: AgendaItem };

export type ReportSectionProps = { snapshot: SessionSnapshot };

/**
 * A view that may live in its own chunk: `preload` starts fetching it before it is rendered, so
 * a screen that will need it does not wait for it later (see lazyView.ts).
 */
export type ActivityView<Props> = ComponentType<Props> & { preload?: () => Promise<unknown> };

/** A kind's own section of the programme editor ("Programma bewerken"). */
export type EditorPart = {
  title: (m: EditorMessages) => string;
  intro?: (m: EditorMessages) => string;
  view: ActivityView<object>;
};

/**
 * What one kind of agenda item brings to each screen. The projector shows the room what there is
 * to see and nothing to press; the facilitator's console holds the kind's controls (open a
 * proposition, moderate a note).
 */
export type ActivityViews = {
  /** The participant's panel (phones and laptops): part of the first load, never lazy. */
  participant: ComponentType<ActivityViewProps>;
  /** What the projector shows during the item: for the audience, without a single control. */
  stage: ActivityView<ActivityViewProps>;
  /** The facilitator's controls for the item, on the console, when the kind has any. */
  console?: ActivityView<ActivityViewProps>;
  /** Its section of the programme editor, when its content has one of its own. */
  editor?: EditorPart;
  /** Its section of the printed report, when it has outcomes to report. */
  report?: ActivityView<ReportSectionProps>;
};
