/**
 * The route map in the report: the walk the group took (with the show of hands at each CHECK),
 * where it stands now, and the notes per step.
 */
import type { Language } from '../../core/protocol';
import type { ByParticipant } from '../../core/readers';
import { REPORT_LABELS } from '../../core/report/labels';
import {
  type Author,
  type WithParticipants,
  authorOf,
  byCreation,
} from '../../core/report/authors';
import { escapeMarkdown as md } from '../../core/report/markdownText';
import type { SessionContent } from '../../template/types';
import {
  ROUTE_STEP_IDS,
  type RouteDecision,
  type RoutePosition,
  type RouteWalkEntry,
} from './domain';
import type { CheckHand, RouteNote } from './schema';

export type RouteMapReportLabels = {
  currentStep: string;
  walkHeading: string;
  walkNotStarted: string;
  decisions: Record<RouteDecision | 'jump', string>;
  done: string;
  checkHands: (yes: number, no: number) => string;
  notesHeading: string;
};

export const ROUTE_MAP_REPORT_LABELS: Record<Language, RouteMapReportLabels> = {
  nl: {
    currentStep: 'Nu bij',
    walkHeading: 'De route die de groep liep',
    walkNotStarted: 'De groep is nog bij de eerste stap.',
    decisions: {
      continue: 'verder',
      fits: 'sluit aan',
      noFit: 'wie is aan zet?',
      effective: 'gewenst effect',
      notEffective: 'geen gewenst effect: terug naar stap 1',
      jump: 'gesprongen',
    },
    done: 'Afgerond',
    checkHands: (yes, no) => `Handen: ${yes} ja, ${no} nee`,
    notesHeading: 'Notities',
  },
  en: {
    currentStep: 'Now at',
    walkHeading: 'The route the group walked',
    walkNotStarted: 'The group is still at the first step.',
    decisions: {
      continue: 'next',
      fits: 'connect',
      noFit: 'whose move is it?',
      effective: 'wanted effect',
      notEffective: 'no wanted effect: back to step 1',
      jump: 'jumped',
    },
    done: 'Finished',
    checkHands: (yes, no) => `Hands: ${yes} yes, ${no} no`,
    notesHeading: 'Notes',
  },
};

/** What the route map's report section reads of a session snapshot. */
export type RouteMapSnapshot = WithParticipants & {
  control: {
    meta: { lang: Language };
    content: SessionContent;
    live: { routeStepId: RoutePosition };
    routeWalk: readonly RouteWalkEntry[];
  };
  board: {
    routeNotes: ByParticipant<Record<string, RouteNote>>;
    checkHands: ByParticipant<Record<string, CheckHand>>;
  };
};

export type AuthoredRouteNote = RouteNote & { id: string; author: Author };

export function listRouteNotes(
  snapshot: RouteMapSnapshot,
  labels: Parameters<typeof authorOf>[2],
): AuthoredRouteNote[] {
  const list: AuthoredRouteNote[] = [];
  for (const [participantId, notes] of Object.entries(snapshot.board.routeNotes)) {
    const author = authorOf(snapshot, participantId, labels);
    for (const [id, note] of Object.entries(notes)) list.push({ ...note, id, author });
  }
  return list.sort(byCreation);
}

/** The show of hands of one CHECK round. */
export function checkHandCounts(
  snapshot: Pick<RouteMapSnapshot, 'board'>,
  checkRound: number,
): { yes: number; no: number } {
  let yes = 0;
  let no = 0;
  for (const hands of Object.values(snapshot.board.checkHands)) {
    const hand = hands[String(checkRound)];
    if (hand === 'yes') yes += 1;
    if (hand === 'no') no += 1;
  }
  return { yes, no };
}

function positionName(
  content: SessionContent,
  position: RoutePosition,
  labels: RouteMapReportLabels,
): string {
  if (position === 'done') return labels.done;
  const step = content.routeMap.steps.find((candidate) => candidate.id === position);
  if (step === undefined) return position;
  // Titles like "Stap 2. Maak een plan" already name their phase.
  return step.title.startsWith(step.phase)
    ? md(step.title)
    : `${md(step.phase)}: ${md(step.title)}`;
}

/** The CHECK's outcomes in the session's own words ("Sluit aan." / "Wie is dan aan zet?"). */
function decisionName(
  content: SessionContent,
  decision: RouteDecision | 'jump',
  labels: RouteMapReportLabels,
): string {
  const { fitsOutcome, noFitOutcome } = content.routeMap.check;
  if (decision === 'fits' && fitsOutcome !== '') return md(fitsOutcome);
  if (decision === 'noFit' && noFitOutcome !== '') return md(noFitOutcome);
  return labels.decisions[decision];
}

/**
 * The decision, then the show of hands as a sentence of its own: the template's outcomes are
 * sentences ("Sluit aan.", "Wie is dan aan zet?"), so gluing "; handen" to them read "Sluit aan.; handen".
 */
function decisionWithHands(
  decision: string,
  hands: { yes: number; no: number } | null,
  labels: RouteMapReportLabels,
): string {
  if (hands === null) return decision;
  const sentence = /[.?!…]$/.test(decision) ? decision : `${decision}.`;
  return `${sentence} ${labels.checkHands(hands.yes, hands.no)}`;
}

export function routeMapReport(snapshot: RouteMapSnapshot): string[] {
  const { content, routeWalk, meta } = snapshot.control;
  const labels = ROUTE_MAP_REPORT_LABELS[meta.lang];
  const lines = [`## ${md(content.routeMap.title)}`, '', `### ${labels.walkHeading}`, ''];
  if (routeWalk.length === 0) lines.push(labels.walkNotStarted);
  routeWalk.forEach((entry, index) => {
    const from = entry.from === null ? '' : `${positionName(content, entry.from, labels)} → `;
    const hands = entry.checkRound === null ? null : checkHandCounts(snapshot, entry.checkRound);
    const decision = decisionWithHands(
      decisionName(content, entry.decision, labels),
      hands,
      labels,
    );
    lines.push(`${index + 1}. ${from}${positionName(content, entry.to, labels)} (${decision})`);
  });
  lines.push(
    '',
    `${labels.currentStep}: ${positionName(content, snapshot.control.live.routeStepId, labels)}`,
  );
  const notes = listRouteNotes(snapshot, REPORT_LABELS[meta.lang]);
  for (const stepId of ROUTE_STEP_IDS) {
    const stepNotes = notes.filter((note) => note.stepId === stepId);
    if (stepNotes.length === 0) continue;
    lines.push('', `### ${labels.notesHeading}: ${positionName(content, stepId, labels)}`, '');
    for (const note of stepNotes) lines.push(`- ${md(note.text)} (${md(note.author.name)})`);
  }
  return lines;
}
