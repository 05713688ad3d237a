import type { Localised } from '../../i18n/localised';

/** The route map's strings: steps, notes, the CHECK decision. */
const nl = {
  routemap: {
    title: 'Routekaart voor collectief werken',
    currentStep: 'Huidige stap',
    notesLabel: 'Jouw notitie bij deze stap',
    notesPlaceholder: 'Wat zie jij bij deze stap?',
    addNote: 'Notitie toevoegen',
    notes: 'Notities van de groep',
    noNotes: 'Nog geen notities bij deze stap.',
    handsQuestion: 'Zijn er al passende voorzieningen?',
    handsYes: 'Ja, die zijn er',
    handsNo: 'Nee, (nog) niet',
    hands: (yes: number, no: number) => `${yes} ja · ${no} nee`,
    decideYes: 'Sluit aan',
    decideNo: 'Wie is aan zet? → plan',
    loopBack: 'Terug naar stap 1',
    goToStep: (label: string) => `Naar ${label}`,
    walk: 'De gelopen route',
    walkEmpty: 'De route begint bij stap 1.',
    openHands: 'Handopsteking starten',
    closeHands: 'Handopsteking sluiten',
  },
};

export const routeMapStrings: Localised<typeof nl> = {
  nl,
  en: {
    routemap: {
      title: 'Route map for collective work',
      currentStep: 'Current step',
      notesLabel: 'Your note for this step',
      notesPlaceholder: 'What do you see at this step?',
      addNote: 'Add note',
      notes: "The group's notes",
      noNotes: 'No notes for this step yet.',
      handsQuestion: 'Are there fitting provisions already?',
      handsYes: 'Yes, there are',
      handsNo: 'No, not (yet)',
      hands: (yes: number, no: number) => `${yes} yes · ${no} no`,
      decideYes: 'Connect to them',
      decideNo: 'Whose move is it? → plan',
      loopBack: 'Back to step 1',
      goToStep: (label: string) => `Go to ${label}`,
      walk: 'The route walked',
      walkEmpty: 'The route starts at step 1.',
      openHands: 'Start show of hands',
      closeHands: 'Close show of hands',
    },
  },
};
