import type { Localised } from '../../i18n/localised';

/** The content items: the meanings and the municipality's role. */
const nl = {
  municipality: {
    title: 'Wat kan de gemeente doen?',
  },
  meanings: {
    title: 'Collectief werken, wat bedoelen we ermee?',
  },
};

export const contentStrings: Localised<typeof nl> = {
  nl,
  en: {
    municipality: {
      title: 'What can the municipality do?',
    },
    meanings: {
      title: 'Collective work: what do we mean?',
    },
  },
};
