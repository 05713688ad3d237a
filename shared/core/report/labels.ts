/**
 * The words every export prints around the session's own texts, per session language: the
 * header's and the authors'. Each activity keeps its own words in its report.ts.
 */
import type { Language, Perspective } from '../protocol';

export type ReportLabels = {
  locale: string;
  date: string;
  participants: string;
  facilitator: string;
  unknownAuthor: string;
  /** Per perspective group; 'unstated' is a participant who gave none. */
  perspectives: Record<Perspective | 'unstated', string>;
};

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export const REPORT_LABELS: Record<Language, ReportLabels> = {
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
  },
};
