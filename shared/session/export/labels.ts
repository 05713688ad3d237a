/** The words the exports print around the session's own texts, per session language. */
import type { Language } from '../../core/protocol';
import type { PerspectiveGroup } from '../../activities/propositions/tally';
import type { RouteDecision } from '../../activities/routemap/domain';
import type { PropositionState } from '../../core/layout';

export type ExportLabels = {
  locale: string;
  date: string;
  participants: string;
  facilitator: string;
  unknownAuthor: string;
  perspectives: Record<PerspectiveGroup, string>;
  quadrantHeading: string;
  noInitiatives: string;
  quadrantColumns: readonly [string, string, string];
  currentStep: string;
  hiddenInitiatives: (count: number) => string;
  propositionsHeading: string;
  votes: (count: number) => string;
  noVotes: string;
  /** A perspective group below the session's threshold, counted in the total only. */
  tooFewToShow: string;
  resultsHidden: string;
  propositionStates: Record<PropositionState, string>;
  perspective: string;
  total: string;
  routeMapHeading: string;
  walkHeading: string;
  walkNotStarted: string;
  decisions: Record<RouteDecision | 'jump', string>;
  done: string;
  checkHands: (yes: number, no: number) => string;
  notesHeading: string;
  noNotes: string;
  lessonsHeading: string;
  dots: (count: number) => string;
  reasonsHeading: string;
  barriersHeading: string;
  recognisedBy: (count: number) => string;
  takeawaysHeading: string;
  noTakeaways: string;
  csv: {
    initiatives: readonly string[];
    votes: readonly string[];
    takeaways: readonly string[];
    yes: string;
    no: string;
  };
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const EXPORT_LABELS: Record<Language, ExportLabels> = {
  nl: {
    locale: 'nl-NL',
    date: 'Datum',
    participants: 'Deelnemers',
    facilitator: 'Begeleider',
    unknownAuthor: 'Onbekend',
    perspectives: {
      resident: 'Inwoner',
      professional: 'Professional',
      municipality: 'Gemeente',
      other: 'Anders',
      unstated: 'Niet opgegeven',
    },
    quadrantHeading: 'Initiatieven op het model',
    noInitiatives: 'Geen initiatieven.',
    quadrantColumns: ['Kwadrant', 'Initiatieven', 'Aandeel'],
    currentStep: 'Nu bij',
    hiddenInitiatives: (count) =>
      `${plural(count, 'initiatief', 'initiatieven')} verborgen door de begeleider.`,
    propositionsHeading: 'Stellingen',
    votes: (count) => plural(count, 'stem', 'stemmen'),
    noVotes: 'Niet over gestemd.',
    tooFewToShow: 'te weinig stemmen om apart te tonen',
    resultsHidden: 'uitslag nog niet getoond',
    propositionStates: {
      draft: 'nog niet geopend',
      open: 'open',
      closed: 'gesloten',
      revealed: 'uitslag getoond',
    },
    perspective: 'Perspectief',
    total: 'Totaal',
    routeMapHeading: 'Routekaart',
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
    checkHands: (yes, no) => `handen: ${yes} ja, ${no} nee`,
    notesHeading: 'Notities',
    noNotes: 'Geen notities.',
    lessonsHeading: 'Wat helpt? Lessen op volgorde van stippen',
    dots: (count) => plural(count, 'stip', 'stippen'),
    reasonsHeading: 'Waarom collectief werken? Herkend',
    barriersHeading: 'Wat knelt? Herkend',
    recognisedBy: (count) => `herkend door ${count}`,
    takeawaysHeading: 'Wat nemen we mee?',
    noTakeaways: 'Nog niets opgeschreven.',
    csv: {
      initiatives: [
        'Id',
        'Auteur',
        'Perspectief',
        'Tekst',
        'Kleur',
        'X (individueel -1 tot collectief +1)',
        'Y (professionals -1 tot inwoners +1)',
        'Kwadrant',
        'Verborgen',
        'Aangemaakt',
      ],
      votes: [
        'Nr',
        'Stelling',
        'Status',
        'Keuze',
        'Stemmen',
        'Procent',
        'Inwoners',
        'Professionals',
        'Gemeente',
        'Anders',
        'Niet opgegeven',
      ],
      takeaways: ['Auteur', 'Perspectief', 'Tekst', 'Aangemaakt'],
      yes: 'ja',
      no: 'nee',
    },
  },
  en: {
    locale: 'en-GB',
    date: 'Date',
    participants: 'Participants',
    facilitator: 'Facilitator',
    unknownAuthor: 'Unknown',
    perspectives: {
      resident: 'Resident',
      professional: 'Professional',
      municipality: 'Municipality',
      other: 'Other',
      unstated: 'Not stated',
    },
    quadrantHeading: 'Initiatives on the model',
    noInitiatives: 'No initiatives.',
    quadrantColumns: ['Quadrant', 'Initiatives', 'Share'],
    currentStep: 'Now at',
    hiddenInitiatives: (count) =>
      `${plural(count, 'initiative', 'initiatives')} hidden by the facilitator.`,
    propositionsHeading: 'Propositions',
    votes: (count) => plural(count, 'vote', 'votes'),
    noVotes: 'Not voted on.',
    tooFewToShow: 'too few votes to show separately',
    resultsHidden: 'results not shown yet',
    propositionStates: {
      draft: 'not opened yet',
      open: 'open',
      closed: 'closed',
      revealed: 'result shown',
    },
    perspective: 'Perspective',
    total: 'Total',
    routeMapHeading: 'Route map',
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
    checkHands: (yes, no) => `hands: ${yes} yes, ${no} no`,
    notesHeading: 'Notes',
    noNotes: 'No notes.',
    lessonsHeading: 'What helps? Lessons ranked by dots',
    dots: (count) => plural(count, 'dot', 'dots'),
    reasonsHeading: 'Why work collectively? Recognised',
    barriersHeading: 'What gets in the way? Recognised',
    recognisedBy: (count) => `recognised by ${count}`,
    takeawaysHeading: 'What do we take away?',
    noTakeaways: 'Nothing written down yet.',
    csv: {
      initiatives: [
        'Id',
        'Author',
        'Perspective',
        'Text',
        'Colour',
        'X (individual -1 to collective +1)',
        'Y (professionals -1 to residents +1)',
        'Quadrant',
        'Hidden',
        'Created',
      ],
      votes: [
        'No',
        'Proposition',
        'State',
        'Choice',
        'Votes',
        'Percent',
        'Residents',
        'Professionals',
        'Municipality',
        'Other',
        'Not stated',
      ],
      takeaways: ['Author', 'Perspective', 'Text', 'Created'],
      yes: 'yes',
      no: 'no',
    },
  },
};
