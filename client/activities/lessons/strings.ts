import type { Localised } from '../../i18n/localised';

/** Lessons: the dots participants give. */
const nl = {
  lessons: {
    title: 'Wat helpt bij collectief werken?',
    dotsLeft: (n: number, total: number) => `Je hebt nog ${n} van ${total} stippen`,
    addDot: (text: string) => `Stip geven aan: ${text}`,
    removeDot: (text: string) => `Stip weghalen bij: ${text}`,
    dots: (n: number) => (n === 1 ? '1 stip' : `${n} stippen`),
  },
};

export const lessonsStrings: Localised<typeof nl> = {
  nl,
  en: {
    lessons: {
      title: 'What helps collective work?',
      dotsLeft: (n: number, total: number) => `You have ${n} of ${total} dots left`,
      addDot: (text: string) => `Give a dot to: ${text}`,
      removeDot: (text: string) => `Take a dot back from: ${text}`,
      dots: (n: number) => (n === 1 ? '1 dot' : `${n} dots`),
    },
  },
};
