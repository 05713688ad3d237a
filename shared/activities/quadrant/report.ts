/**
 * The quadrant in the exports: the report's section (counts per quadrant, then every visible
 * initiative under its quadrant) and the initiatives CSV, both of the visible snapshot (session
 * moderation leaves hidden and waiting texts out first). The facilitator's examples are no outcome: they are left
 * out of both (examples.ts), and the report says how many were left out.
 */
import type { Language } from '../../core/protocol';
import type { ByParticipant } from '../../core/readers';
import { REPORT_LABELS, plural } from '../../core/report/labels';
import {
  type Author,
  type WithParticipants,
  authorOf,
  byCreation,
  perspectiveName,
} from '../../core/report/authors';
import { escapeMarkdown as md, tableRow } from '../../core/report/markdownText';
import { CSV_DIALECTS, isoTime, renderCsv, type CsvCell } from '../../core/report/csvText';
import type { SessionContent } from '../../template/types';
import {
  QUADRANT_PLACEMENTS,
  quadrantOf,
  quadrantsTouched,
  summarizeQuadrants,
  type Positioned,
  type QuadrantPlacement,
} from './domain';
import { isExampleAuthor } from './examples';
import type { Initiative, InitiativeColour } from './schema';

export type QuadrantReportLabels = {
  quadrantHeading: string;
  noInitiatives: string;
  quadrantColumns: readonly [string, string, string];
  examplesLeftOut: (count: number) => string;
  initiativesCsvHeader: readonly string[];
  colours: Record<InitiativeColour, string>;
};

export const QUADRANT_REPORT_LABELS: Record<Language, QuadrantReportLabels> = {
  nl: {
    quadrantHeading: 'Initiatieven op het model',
    noInitiatives: 'Geen initiatieven.',
    quadrantColumns: ['Kwadrant', 'Initiatieven', 'Aandeel'],
    examplesLeftOut: (count) =>
      `${plural(count, 'voorbeeld', 'voorbeelden')} van de begeleider niet meegeteld.`,
    initiativesCsvHeader: [
      'Id',
      'Auteur',
      'Perspectief',
      'Tekst',
      'Kleur',
      'X (individueel -1 tot collectief +1)',
      'Y (professionals -1 tot inwoners +1)',
      'Kwadrant',
      'Aangemaakt',
    ],
    colours: {
      yellow: 'geel',
      pink: 'roze',
      blue: 'blauw',
      green: 'groen',
      orange: 'oranje',
      purple: 'paars',
    },
  },
  en: {
    quadrantHeading: 'Initiatives on the model',
    noInitiatives: 'No initiatives.',
    quadrantColumns: ['Quadrant', 'Initiatives', 'Share'],
    examplesLeftOut: (count) =>
      `${plural(count, 'example', 'examples')} by the facilitator not counted.`,
    initiativesCsvHeader: [
      'Id',
      'Author',
      'Perspective',
      'Text',
      'Colour',
      'X (individual -1 to collective +1)',
      'Y (professionals -1 to residents +1)',
      'Quadrant',
      'Created',
    ],
    colours: {
      yellow: 'yellow',
      pink: 'pink',
      blue: 'blue',
      green: 'green',
      orange: 'orange',
      purple: 'purple',
    },
  },
};

/**
 * What the quadrant's exports read of a session snapshot: the visible one (session/moderation.ts
 * leaves hidden and waiting texts out before any export sees them).
 */
export type QuadrantSnapshot = WithParticipants & {
  control: { meta: { lang: Language }; content: SessionContent };
  board: { initiatives: ByParticipant<Record<string, Initiative>> };
};

export type PlacedInitiative = Initiative & {
  id: string;
  author: Author;
  placement: QuadrantPlacement;
};

/** The participants' initiatives, oldest first: the outcome, without the facilitator's examples. */
export function listInitiatives(
  snapshot: QuadrantSnapshot,
  labels: Parameters<typeof authorOf>[2],
): PlacedInitiative[] {
  const placed: PlacedInitiative[] = [];
  for (const [participantId, initiatives] of Object.entries(snapshot.board.initiatives)) {
    if (isExampleAuthor(participantId)) continue;
    const author = authorOf(snapshot, participantId, labels);
    for (const [id, initiative] of Object.entries(initiatives)) {
      placed.push({
        ...initiative,
        id,
        author,
        placement: quadrantOf(initiative.x, initiative.y),
      });
    }
  }
  return placed.sort(byCreation);
}

/** How many examples the facilitator placed (whatever their moderation): none of them counts. */
export function countExamples(snapshot: QuadrantSnapshot): number {
  return Object.entries(snapshot.board.initiatives)
    .filter(([participantId]) => isExampleAuthor(participantId))
    .reduce((total, [, initiatives]) => total + Object.keys(initiatives).length, 0);
}

function placementName(content: SessionContent, placement: QuadrantPlacement): string {
  if (placement === 'between') return content.quadrant.between.name;
  return (
    content.quadrant.quadrants.find((quadrant) => quadrant.id === placement)?.name ?? placement
  );
}

function quadrantTable(
  visible: readonly Positioned[],
  content: SessionContent,
  labels: QuadrantReportLabels,
): string[] {
  const rows = summarizeQuadrants(visible).map((entry) =>
    tableRow([
      md(placementName(content, entry.placement)),
      String(entry.count),
      `${entry.percent}%`,
    ]),
  );
  return [
    '',
    tableRow(labels.quadrantColumns),
    tableRow(labels.quadrantColumns.map(() => '---')),
    ...rows,
  ];
}

export function quadrantReport(snapshot: QuadrantSnapshot): string[] {
  const { content, meta } = snapshot.control;
  const labels = QUADRANT_REPORT_LABELS[meta.lang];
  const visible = listInitiatives(snapshot, REPORT_LABELS[meta.lang]);
  const { xAxis, yAxis } = content.quadrant;
  const lines = [
    `## ${md(content.quadrant.title)}: ${labels.quadrantHeading}`,
    '',
    `${md(xAxis.negative)} ↔ ${md(xAxis.positive)}; ${md(yAxis.negative)} ↕ ${md(yAxis.positive)}.`,
  ];
  if (visible.length === 0) lines.push('', labels.noInitiatives);
  else lines.push(...quadrantTable(visible, content, labels));
  for (const placement of QUADRANT_PLACEMENTS) {
    const here = visible.filter((initiative) => initiative.placement === placement);
    if (here.length === 0) continue;
    lines.push('', `### ${md(placementName(content, placement))} (${here.length})`, '');
    for (const initiative of here) {
      const touched = placement === 'between' ? quadrantsTouched(initiative.x, initiative.y) : [];
      const among =
        touched.length > 0
          ? `; ${touched.map((quadrant) => md(placementName(content, quadrant))).join(' / ')}`
          : '';
      lines.push(`- ${md(initiative.text)} (${md(initiative.author.name)}${among})`);
    }
  }
  const examples = countExamples(snapshot);
  if (examples > 0) lines.push('', labels.examplesLeftOut(examples));
  return lines;
}

/** Every visible participant's initiative, one row each. */
export function initiativesCsv(snapshot: QuadrantSnapshot): string {
  const { lang } = snapshot.control.meta;
  const labels = QUADRANT_REPORT_LABELS[lang];
  const common = REPORT_LABELS[lang];
  const rows: CsvCell[][] = [[...labels.initiativesCsvHeader]];
  for (const initiative of listInitiatives(snapshot, common)) {
    rows.push([
      initiative.id,
      initiative.author.name,
      perspectiveName(initiative.author, common),
      initiative.text,
      labels.colours[initiative.colour],
      initiative.x,
      initiative.y,
      placementName(snapshot.control.content, initiative.placement),
      isoTime(initiative.createdAt),
    ]);
  }
  return renderCsv(rows, CSV_DIALECTS[lang]);
}
