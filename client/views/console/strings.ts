import type { Localised } from '../../i18n/localised';

/** The facilitator's console: the controls apart from what the room sees. */
const nl = {
  console: {
    title: 'Regie',
    openProjector: 'Open projectorscherm',
    projectorOpen: 'Projectorscherm is open',
    projectorBlocked:
      'Het projectorscherm kon niet openen: sta pop-ups toe voor deze site, of open de projectorlink zelf.',
    present: 'Presenteren',
    presentHint: 'Esc: bediening tonen',
    showControls: 'Bediening tonen',
    miniature: 'Wat het projectorscherm toont',
    now: 'Nu',
    next: 'Hierna',
    nextNone: 'Dit is het laatste onderdeel.',
    programme: 'Programma',
    timer: 'Tijd',
    room: 'Zaal',
    itemControls: 'Bediening van dit onderdeel',
    noItemControls: 'Dit onderdeel heeft geen eigen bediening: de zaal kijkt mee.',
  },
};

export const consoleStrings: Localised<typeof nl> = {
  nl,
  en: {
    console: {
      title: 'Console',
      openProjector: 'Open projector screen',
      projectorOpen: 'Projector screen is open',
      projectorBlocked:
        'The projector screen could not open: allow pop-ups for this site, or open the projector link yourself.',
      present: 'Present',
      presentHint: 'Esc: show controls',
      showControls: 'Show controls',
      miniature: 'What the projector screen shows',
      now: 'Now',
      next: 'Next',
      nextNone: 'This is the last item.',
      programme: 'Programme',
      timer: 'Time',
      room: 'Room',
      itemControls: 'Controls for this item',
      noItemControls: 'This item has no controls of its own: the room watches along.',
    },
  },
};
