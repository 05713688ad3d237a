import type { Localised } from '../../i18n/localised';

/** Reasons and barriers: texts that participants recognise. */
const nl = {
  reasons: {
    title: 'Waarom collectief werken?',
    recognise: 'Herken ik',
    recognised: 'Herkend',
    recogniseLabel: (text: string) => `Ik herken: ${text}`,
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
      recognised: 'Recognised',
      recogniseLabel: (text: string) => `I recognise: ${text}`,
      count: (n: number) => (n === 1 ? '1 recognises this' : `${n} recognise this`),
      page: (i: number, n: number) => `${i} / ${n}`,
    },
    barriers: {
      title: 'What holds collective work back?',
    },
  },
};
