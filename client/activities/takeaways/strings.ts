import type { Localised } from '../../i18n/localised';

/** Takeaways: what each participant takes home. */
const nl = {
  takeaways: {
    title: 'Wat neem je mee?',
    label: 'Jouw meeneempunt',
    placeholder: 'Wat ga je morgen anders doen?',
    add: 'Toevoegen',
    yours: 'Jouw meeneempunten',
    all: 'Wat de groep meeneemt',
    empty: 'Nog geen meeneempunten.',
  },
};

export const takeawaysStrings: Localised<typeof nl> = {
  nl,
  en: {
    takeaways: {
      title: 'What do you take home?',
      label: 'Your takeaway',
      placeholder: 'What will you do differently tomorrow?',
      add: 'Add',
      yours: 'Your takeaways',
      all: 'What the group takes home',
      empty: 'No takeaways yet.',
    },
  },
};
