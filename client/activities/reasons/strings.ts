import type { Localised } from '../../i18n/localised';

/** Reasons and barriers: texts that participants recognise. */
const nl = {
  reasons: {
    title: 'Waarom collectief werken?',
    recognise: 'Herken ik',
    /** The toggle's name starts with its visible text (WCAG 2.5.3: say what you see). */
    recogniseLabel: (text: string) => `Herken ik: ${text}`,
    count: (n: number) => (n === 1 ? '1 herkent dit' : `${n} herkennen dit`),
    page: (i: number, n: number) => `${i} / ${n}`,
  },
  barriers: {
    title: 'Wat houdt collectief werken tegen?',
  },
};

export const reasonsStrings: Localised<typeof nl> = {
  nl,
  en: {
    reasons: {
      title: 'Why work collectively?',
      recognise: 'I recognise this',
      recogniseLabel: (text: string) => `I recognise this: ${text}`,
      count: (n: number) => (n === 1 ? '1 recognises this' : `${n} recognise this`),
      page: (i: number, n: number) => `${i} / ${n}`,
    },
    barriers: {
      title: 'What holds collective work back?',
    },
  },
};
