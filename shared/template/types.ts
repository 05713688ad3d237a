/**
 * The workshop as data. A template holds every text of one workshop in one language; a session
 * copies it into its CONTROL document (`content` and `propositions`), where the facilitator can
 * edit it. Saved and loaded as JSON (see json.ts), checked by validate.ts.
 */
import type { Language, Perspective } from '../core/protocol';
import type { Choice } from '../core/layout';
import type { AgendaItemId, LessonId, ReasonId } from '../core/ids';

export const TEMPLATE_FORMAT_VERSION = 1;

/** Tells the client which feature panel an agenda item shows. */
export const AGENDA_ITEM_KINDS = [
  'welcome',
  'meanings',
  'why',
  'quadrant',
  'barriers',
  'routemap',
  'municipality',
  'lessons',
  'propositions',
  'exchange',
  'takeaways',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/**
 * A short text with an id. `Id` is branded where participants act on the item: a ReasonId for
 * what they mark (recognitions), a LessonId for what they dot; plain texts keep a string id.
 */
export type TextItem<Id extends string = string> = { id: Id; text: string };

export type AgendaItem = {
  id: AgendaItemId;
  kind: AgendaItemKind;
  title: string;
  description: string;
  /** Planned length; the facilitator's timer starts from it. 0 = no timer suggested. */
  durationMinutes: number;
};

export type Definition = { id: string; term: string; definition: string };

/** "Collectief werken, wat bedoelen we ermee?": a few definitions and the three meanings. */
export type Meanings = {
  title: string;
  definitions: Definition[];
  items: TextItem[];
};

/** The perspectives the workshop looks from: every Perspective but 'other'. */
export type ReasonPerspective = Exclude<Perspective, 'other'>;
export const REASON_PERSPECTIVES: readonly ReasonPerspective[] = [
  'resident',
  'professional',
  'municipality',
];

/** A reason participants can recognise; `keyword` is the word the slides set in bold ('' = none). */
export type Reason = { id: ReasonId; text: string; keyword: string };

/** "Wat zijn de voordelen van collectief werken?" (article): pointers from literature and practice. */
export type Benefits = { title: string; intro: string; items: TextItem<ReasonId>[] };

export type ReasonGroup = {
  perspective: ReasonPerspective;
  title: string;
  intro: string;
  items: Reason[];
};

/**
 * Quadrants are named after the sign of x (individual -1 ... collective +1) and y
 * (professionals -1 ... residents +1). See domain/quadrant.ts.
 */
export const QUADRANT_IDS = [
  'collective-residents',
  'collective-professionals',
  'individual-professionals',
  'individual-residents',
] as const;
export type QuadrantId = (typeof QUADRANT_IDS)[number];

export type AxisLabels = { title: string; negative: string; positive: string };
export type QuadrantText = { id: QuadrantId; name: string; description: string };

/** An initiative the facilitator can pre-place on the board (or leave out). */
export type ExampleInitiative = { id: string; text: string; x: number; y: number; note: string };

export type QuadrantModel = {
  title: string;
  question: string;
  xAxis: AxisLabels;
  yAxis: AxisLabels;
  quadrants: QuadrantText[];
  /** The band around the axes: the article's sliding scales. */
  between: { name: string; description: string };
  examples: ExampleInitiative[];
};

export type BarrierCategory = { id: string; title: string; items: TextItem<ReasonId>[] };

/** "Wat knelt?": the figures that show the gap and the three categories of barriers. */
export type Barriers = {
  title: string;
  intro: string;
  facts: TextItem[];
  categories: BarrierCategory[];
};

/** The Routekaart's steps; the flow between them is fixed (domain/routemap.ts), the texts are not. */
export const ROUTE_STEP_IDS = [
  'explore',
  'check',
  'connect',
  'plan',
  'execute',
  'evaluate',
] as const;
export type RouteStepId = (typeof ROUTE_STEP_IDS)[number];

export type RouteStep = {
  id: RouteStepId;
  /** The phase label on the map, e.g. "Verkennen", "Stap 2". */
  phase: string;
  title: string;
  intro: string;
  prompts: TextItem[];
};

/** The CHECK's two branches: fitting provisions exist -> connect; none -> who acts -> plan. */
export type CheckBranches = {
  /** The show-of-hands question the room answers at the CHECK. */
  handsQuestion: string;
  fitsCondition: string;
  fitsOutcome: string;
  fitsFollowUp: string;
  noFitCondition: string;
  noFitOutcome: string;
};

/** "Zet collectief werken bewust in, maak als wijkteam een keuze". */
export type TeamChoice = { title: string; points: TextItem[]; quote: string };

export type RouteMap = {
  title: string;
  intro: string;
  teamChoice: TeamChoice;
  steps: RouteStep[];
  check: CheckBranches;
};

export type MunicipalityRole = {
  title: string;
  points: TextItem[];
  quote: string;
  /** The three success factors from the Haarlem study (article, "TIP voor gemeenten"). */
  successFactorsIntro: string;
  successFactors: TextItem[];
};

export type PropositionTemplate = { id: string; text: string; choices: Choice[] };

export type WorkshopTemplate = {
  formatVersion: typeof TEMPLATE_FORMAT_VERSION;
  lang: Language;
  title: string;
  intro: string;
  agenda: AgendaItem[];
  meanings: Meanings;
  reasons: ReasonGroup[];
  /** Optional in template files (added after format 1 shipped): missing reads as empty. */
  benefits: Benefits;
  quadrant: QuadrantModel;
  barriers: Barriers;
  routeMap: RouteMap;
  municipality: MunicipalityRole;
  lessons: TextItem<LessonId>[];
  propositions: PropositionTemplate[];
  takeawayQuestion: string;
};

/**
 * The parts of a template stored under CONTROL `content` (everything but the propositions, which
 * have their own root because they carry live state). Keys are the layout's ContentKey.
 */
export type SessionContent = Omit<
  WorkshopTemplate,
  'formatVersion' | 'lang' | 'title' | 'propositions'
>;
export const CONTENT_KEYS = [
  'intro',
  'agenda',
  'meanings',
  'reasons',
  'quadrant',
  'barriers',
  'routeMap',
  'municipality',
  'lessons',
  'takeawayQuestion',
  'benefits',
] as const satisfies readonly (keyof SessionContent)[];
export type ContentKey = (typeof CONTENT_KEYS)[number];
