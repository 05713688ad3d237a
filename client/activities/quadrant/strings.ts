import type { Localised } from '../../i18n/localised';

/** The quadrant's strings: the board, its notes and its axes. */
const nl = {
  quadrant: {
    title: 'Kijk op collectief werken',
    boardLabel: 'Vier-kwadrantenbord',
    addLabel: 'Nieuw initiatief',
    addPlaceholder: 'Bijvoorbeeld: buurtkamer, maatjesproject…',
    add: 'Op het bord zetten',
    yours: 'Jouw initiatieven',
    empty: 'Nog geen initiatieven. Voeg er één toe en sleep het naar de plek die past.',
    emptyPresenter: 'Het bord is nog leeg. Deelnemers zetten hier hun initiatieven neer.',
    dragHint:
      'Sleep met muis of vinger, of tik op je notitie en dan op de plek waar hij moet komen. Met het toetsenbord: focus een notitie, druk op spatie, gebruik de pijltjes en druk weer op spatie.',
    noteLabel: (text: string, author: string) => `Initiatief “${text}” van ${author}`,
    ownNoteLabel: (text: string) => `Initiatief “${text}” van jou`,
    placeHint: 'Tik op de plek waar je initiatief moet komen',
    editLabel: (text: string) => `“${text}” bewerken`,
    deleteLabel: (text: string) => `“${text}” verwijderen`,
    hideLabel: (text: string) => `“${text}” verbergen`,
    unhideLabel: (text: string) => `“${text}” weer tonen`,
    removeLabel: (text: string) => `“${text}” verwijderen van het bord`,
    movingBy: (name: string) => `${name} verplaatst…`,
    hidden: 'verborgen',
    moderationTitle: 'Initiatieven op het bord',
    hide: 'Verbergen',
    unhide: 'Weer tonen',
    exampleAuthor: 'voorbeeld',
    between: 'tussenin',
    announce: {
      start: (text: string) => `Je pakt “${text}” op.`,
      pickedUp: (text: string) =>
        `“${text}” opgepakt. Tik op de plek op het bord waar het moet komen, of tik er nog eens op (of druk op Escape) om te annuleren.`,
      over: (text: string, where: string) => `“${text}” is nu ${where}.`,
      drop: (text: string, where: string) => `“${text}” neergezet ${where}.`,
      cancel: (text: string) => `Verplaatsen van “${text}” geannuleerd.`,
    },
    where: (x: string, y: string) => `${x}, ${y}`,
  },
  axes: {
    individual: 'Individueel',
    collective: 'Collectief',
    professionals: 'Professionals',
    residents: 'Inwoners',
  },
};

export const quadrantStrings: Localised<typeof nl> = {
  nl,
  en: {
    quadrant: {
      title: 'Views on collective work',
      boardLabel: 'Four-quadrant board',
      addLabel: 'New initiative',
      addPlaceholder: 'For example: neighbourhood living room, buddy project…',
      add: 'Put on the board',
      yours: 'Your initiatives',
      empty: 'No initiatives yet. Add one and drag it to the place that fits.',
      emptyPresenter: 'The board is still empty. Participants place their initiatives here.',
      dragHint:
        'Drag with mouse or finger, or tap your note and then the place where it goes. With the keyboard: focus a note, press space, use the arrows and press space again.',
      noteLabel: (text: string, author: string) => `Initiative “${text}” by ${author}`,
      ownNoteLabel: (text: string) => `Initiative “${text}” by you`,
      placeHint: 'Tap where your initiative goes',
      editLabel: (text: string) => `Edit “${text}”`,
      deleteLabel: (text: string) => `Delete “${text}”`,
      hideLabel: (text: string) => `Hide “${text}”`,
      unhideLabel: (text: string) => `Show “${text}” again`,
      removeLabel: (text: string) => `Remove “${text}” from the board`,
      movingBy: (name: string) => `${name} is moving…`,
      hidden: 'hidden',
      moderationTitle: 'Initiatives on the board',
      hide: 'Hide',
      unhide: 'Show again',
      exampleAuthor: 'example',
      between: 'in between',
      announce: {
        start: (text: string) => `You picked up “${text}”.`,
        pickedUp: (text: string) =>
          `Picked up “${text}”. Tap the place on the board where it goes, or tap it again (or press Escape) to cancel.`,
        over: (text: string, where: string) => `“${text}” is now ${where}.`,
        drop: (text: string, where: string) => `“${text}” dropped ${where}.`,
        cancel: (text: string) => `Moving “${text}” cancelled.`,
      },
      where: (x: string, y: string) => `${x}, ${y}`,
    },
    axes: {
      individual: 'Individual',
      collective: 'Collective',
      professionals: 'Professionals',
      residents: 'Residents',
    },
  },
};
