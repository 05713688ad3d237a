import type { AgendaItemKind } from '../../shared/template/types';
import {
  DescriptionPanel,
  MeaningsPanel,
  MunicipalityPanel,
  WelcomePanel,
} from './content/ContentPanels';
import { lazyView } from './lazyView';
import { LessonsPanel } from './lessons/LessonsPanel';
import { ParticipantPropositions } from './propositions/ParticipantPropositions';
import { ParticipantQuadrant } from './quadrant/ParticipantQuadrant';
import { BarriersPanel } from './reasons/BarriersPanel';
import { ReasonsPanel } from './reasons/ReasonsPanel';
import { ParticipantRouteMap } from './routemap/ParticipantRouteMap';
import { TakeawaysPanel } from './takeaways/TakeawaysPanel';
import type { ActivityView, ActivityViews, EditorPart, ReportSectionProps } from './types';

/**
 * Every kind of agenda item and the views it brings; the screens look kinds up here and nowhere
 * else, so a new kind is its folder plus one entry. Participant panels are imported: they are the
 * participant's first load. Everything else is lazy (lazyView.ts), so the participant does not
 * download the projector, the console, the editor or the report. The entries' order is the
 * order in which the report and the programme editor show their sections.
 */
const activities = {
  quadrant: {
    participant: ParticipantQuadrant,
    stage: lazyView(() => import('./quadrant/PresenterQuadrant').then((m) => m.PresenterQuadrant)),
    console: lazyView(() => import('./quadrant/QuadrantConsole').then((m) => m.QuadrantConsole)),
    report: lazyView(() =>
      import('./quadrant/BoardReportSection').then((m) => m.BoardReportSection),
    ),
  },
  propositions: {
    participant: ParticipantPropositions,
    stage: lazyView(() =>
      import('./propositions/PresenterPropositions').then((m) => m.PresenterPropositions),
    ),
    console: lazyView(() =>
      import('./propositions/PropositionsConsole').then((m) => m.PropositionsConsole),
    ),
    editor: {
      title: (m) => m.propositions.title,
      intro: (m) => m.propositions.intro,
      view: lazyView(() =>
        import('./propositions/PropositionsEditor').then((m) => m.PropositionsEditor),
      ),
    },
    report: lazyView(() =>
      import('./propositions/PropositionsReportSection').then((m) => m.PropositionsReportSection),
    ),
  },
  routemap: {
    participant: ParticipantRouteMap,
    stage: lazyView(() => import('./routemap/PresenterRouteMap').then((m) => m.PresenterRouteMap)),
    console: lazyView(() => import('./routemap/RouteMapConsole').then((m) => m.RouteMapConsole)),
    editor: {
      title: (m) => m.routemap.title,
      view: lazyView(() => import('./routemap/RouteMapEditor').then((m) => m.RouteMapEditor)),
    },
    report: lazyView(() =>
      import('./routemap/RouteReportSection').then((m) => m.RouteReportSection),
    ),
  },
  lessons: {
    participant: LessonsPanel,
    stage: lazyView(() => import('./lessons/PresenterLessons').then((m) => m.PresenterLessons)),
    report: lazyView(() =>
      import('./lessons/LessonsReportSection').then((m) => m.LessonsReportSection),
    ),
  },
  // The recognitions section covers the barriers too: both are recognitions of listed texts.
  why: {
    participant: ReasonsPanel,
    stage: lazyView(() => import('./reasons/PresenterReasons').then((m) => m.PresenterReasons)),
    report: lazyView(() =>
      import('./reasons/RecognitionsReportSection').then((m) => m.RecognitionsReportSection),
    ),
  },
  barriers: {
    participant: BarriersPanel,
    stage: lazyView(() => import('./reasons/PresenterReasons').then((m) => m.PresenterBarriers)),
  },
  takeaways: {
    participant: TakeawaysPanel,
    stage: lazyView(() =>
      import('./takeaways/PresenterTakeaways').then((m) => m.PresenterTakeaways),
    ),
    report: lazyView(() =>
      import('./takeaways/TakeawaysReportSection').then((m) => m.TakeawaysReportSection),
    ),
  },
  welcome: {
    participant: WelcomePanel,
    stage: lazyView(() => import('./content/WelcomeStage').then((m) => m.WelcomeStage)),
  },
  meanings: {
    participant: MeaningsPanel,
    stage: lazyView(() => import('./content/ContentStages').then((m) => m.MeaningsStage)),
  },
  municipality: {
    participant: MunicipalityPanel,
    stage: lazyView(() => import('./content/ContentStages').then((m) => m.MunicipalityStage)),
  },
  exchange: { participant: DescriptionPanel, stage: DescriptionPanel },
} satisfies Record<AgendaItemKind, ActivityViews>;

export function activityViews(kind: AgendaItemKind): ActivityViews {
  return activities[kind];
}

function isRegistered(key: string): key is AgendaItemKind {
  return key in activities;
}

/** The kinds in the registry's order (see above), each with its views. */
export function activitiesInOrder(): { kind: AgendaItemKind; views: ActivityViews }[] {
  return Object.keys(activities)
    .filter(isRegistered)
    .map((kind) => ({ kind, views: activities[kind] }));
}

/** The kinds' report sections, in the registry's order. */
export function reportSections(): {
  kind: AgendaItemKind;
  view: ActivityView<ReportSectionProps>;
}[] {
  return activitiesInOrder().flatMap(({ kind, views }) =>
    views.report === undefined ? [] : [{ kind, view: views.report }],
  );
}

/** The kinds' parts of the programme editor, in the registry's order. */
export function editorParts(): { kind: AgendaItemKind; part: EditorPart }[] {
  return activitiesInOrder().flatMap(({ kind, views }) =>
    views.editor === undefined ? [] : [{ kind, part: views.editor }],
  );
}

/** Starts fetching every stage view: the projector moves from item to item without a wait. */
export function preloadStages(): void {
  for (const { views } of activitiesInOrder()) void views.stage.preload?.();
}

/** Starts fetching every console part: the console moves from item to item without a wait. */
export function preloadConsoleParts(): void {
  for (const { views } of activitiesInOrder()) void views.console?.preload?.();
}

/** Starts fetching every report section at once, instead of one after the other as they render. */
export function preloadReportSections(): void {
  for (const { view } of reportSections()) void view.preload?.();
}

/** Starts fetching every editor part at once, instead of one after the other as they render. */
export function preloadEditorParts(): void {
  for (const { part } of editorParts()) void part.view.preload?.();
}
