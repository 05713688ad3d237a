/**
 * The activity registry: the one place the session learns which activities exist. Each activity
 * declares, in its own folder, the BOARD roots it keeps participants' data in (a BoardSlice in
 * its schema.ts) and its section of the report (its report.ts); one `.with(...)` line here adds
 * both. Everything that covers the whole BOARD builds on the result: the BoardState type, the
 * readers (client stores, snapshot, exports), the backup's decoder and writer, the namespaces a
 * joining participant gets, and the shape the relay enforces (board-shape.ts).
 *
 * The order of the lines is the order of the workshop: the report's sections and the backup's
 * board fields follow it.
 */
import type { BoardSlice } from '../core/board-slice';
import type { ByParticipant } from '../core/readers';
import { initiativesSlice } from '../activities/quadrant/schema';
import { quadrantReport } from '../activities/quadrant/report';
import { propositionsReport } from '../activities/propositions/report';
import { checkHandsSlice, routeNotesSlice } from '../activities/routemap/schema';
import { routeMapReport } from '../activities/routemap/report';
import { dotsSlice } from '../activities/lessons/schema';
import { lessonsReport } from '../activities/lessons/report';
import { recognitionsSlice } from '../activities/reasons/schema';
import { reasonsReport } from '../activities/reasons/report';
import { takeawaysSlice } from '../activities/takeaways/schema';
import { takeawaysReport } from '../activities/takeaways/report';
import { readinessSlice } from '../activities/readiness/schema';
import { participantsSlice } from './schema/participants';
import type { ControlState } from './schema/control';

type Slices = Record<string, BoardSlice<unknown>>;

/** What one participant's part of each root holds: root -> the slice's value type. */
type ValuesOf<S extends Slices> = {
  [Root in keyof S]: S[Root] extends BoardSlice<infer T> ? T : never;
};

/** The plain values of a set of slices: root -> participantId -> what the slice reads. */
export type BoardStateOf<S extends Slices> = {
  [Root in keyof S]: ByParticipant<ValuesOf<S>[Root]>;
};

/** What a report section reads: the control state and the board roots registered so far. */
export type SnapshotOf<S extends Slices> = { control: ControlState; board: BoardStateOf<S> };

type ReportSection<S extends Slices> = (snapshot: SnapshotOf<S>) => string[];

/** One activity's contribution; an activity without BOARD data gives `board: {}`. */
export type ActivityModule<B extends Slices, S extends Slices> = {
  board: B;
  /** Its section of the Markdown report (shared/activities/<kind>/report.ts). */
  report?: ReportSection<S & B>;
};

/**
 * Grows one activity at a time so the compiler follows every root: a report section can only
 * read roots registered up to its own line, and the result's type names every root.
 */
export class ActivityRegistry<S extends Slices> {
  constructor(
    readonly boardSlices: S,
    readonly reportSections: readonly ReportSection<S>[],
  ) {}

  with<B extends Slices>(module: ActivityModule<B, S>): ActivityRegistry<S & B> {
    for (const [root, slice] of Object.entries(module.board)) {
      // Two activities writing one root would read each other's data as their own.
      if (Object.hasOwn(this.boardSlices, root) || slice.root !== root)
        throw new Error(`BOARD root "${root}" is registered twice or under another name`);
    }
    const sections: ReportSection<S & B>[] = [...this.reportSections];
    if (module.report !== undefined) sections.push(module.report);
    return new ActivityRegistry({ ...this.boardSlices, ...module.board }, sections);
  }
}

const REGISTRY = new ActivityRegistry({ participants: participantsSlice }, [])
  .with({ board: { initiatives: initiativesSlice }, report: quadrantReport })
  .with({ board: {}, report: propositionsReport })
  .with({
    board: { routeNotes: routeNotesSlice, checkHands: checkHandsSlice },
    report: routeMapReport,
  })
  .with({ board: { dots: dotsSlice }, report: lessonsReport })
  .with({ board: { recognitions: recognitionsSlice }, report: reasonsReport })
  .with({ board: { takeaways: takeawaysSlice }, report: takeawaysReport })
  .with({ board: { readiness: readinessSlice } });

type RegisteredSlices = typeof REGISTRY.boardSlices;
export type BoardValues = ValuesOf<RegisteredSlices>;

/**
 * Every BOARD root and its slice, in the workshop's order (participants first). Typed as a map
 * over the roots so that `BOARD_SLICES[root].read` keeps its root's type for a generic root.
 */
export const BOARD_SLICES: { readonly [Root in keyof BoardValues]: BoardSlice<BoardValues[Root]> } =
  REGISTRY.boardSlices;
export type BoardSlices = typeof BOARD_SLICES;
export type BoardRootName = keyof BoardSlices & string;
export const BOARD_ROOT_NAMES: readonly BoardRootName[] = Object.keys(BOARD_SLICES).filter(
  (root): root is BoardRootName => Object.hasOwn(BOARD_SLICES, root),
);

/** root -> root: the names to pass to boardRoot and friends, as `BOARD_ROOT.initiatives`. */
export const BOARD_ROOT = Object.fromEntries(BOARD_ROOT_NAMES.map((root) => [root, root])) as {
  // Safe: every name maps to itself, and `with` checked each slice is registered under its root.
  readonly [Root in BoardRootName]: Root;
};

/** The BOARD document as plain data: root -> participantId -> the slice's values. */
export type BoardState = { [Root in keyof BoardValues]: ByParticipant<BoardValues[Root]> };

/** The activities' report sections, in the workshop's order (the header is the session's). */
export const REPORT_SECTIONS: readonly ReportSection<BoardSlices>[] = REGISTRY.reportSections;

/** Roots participants may not write while the facilitator has locked writing. */
export const LOCKED_ROOTS: readonly BoardRootName[] = BOARD_ROOT_NAMES.filter(
  (root) => BOARD_SLICES[root].lock === 'writing',
);

/** Roots whose namespaces hold one nested map per entry (initiative, note, takeaway). */
export const ENTRY_ROOTS: readonly BoardRootName[] = BOARD_ROOT_NAMES.filter(
  (root) => BOARD_SLICES[root].shape.kind === 'entries',
);
