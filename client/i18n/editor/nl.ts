import { propositionsEditorStrings } from '../../activities/propositions/editorStrings';
import { routeMapEditorStrings } from '../../activities/routemap/editorStrings';

/**
 * Strings of the "Programma bewerken" screen; an activity's own part sits in its folder
 * (editorStrings.ts), spread in below. They live apart from ../nl.ts because only the
 * facilitator opens that screen: this way they travel in its lazy chunk, not in every
 * participant's first load. `en.ts` must match this shape (the compiler checks it).
 */
export const editorNl = {
  title: 'Programma bewerken',
  back: 'Terug naar de presentatie',
  sections: 'Onderdelen van deze pagina',
  saveHint:
    'Elk veld wordt opgeslagen zodra je het verlaat of op Enter drukt (in een tekstvak: Ctrl+Enter). Esc zet een veld terug. Deelnemers zien wijzigingen meteen.',
  saved: (label: string) => `Opgeslagen: ${label}`,
  notSaved: 'Niet opgeslagen',
  download: 'Sjabloon downloaden (JSON)',
  downloadHint: 'Start hiermee later een nieuwe sessie: kies op de startpagina “Eigen sjabloon”.',
  downloadInvalid: 'Dit programma is geen geldig sjabloon:',
  leaveTitle: 'Niet alles is opgeslagen',
  leaveBody: (n: number) =>
    n === 1
      ? 'Eén veld bevat een wijziging die niet is opgeslagen, omdat er iets niet klopt. Als je nu teruggaat, gaat die wijziging verloren.'
      : `${n} velden bevatten wijzigingen die niet zijn opgeslagen, omdat er iets niet klopt. Als je nu teruggaat, gaan die wijzigingen verloren.`,
  stay: 'Blijven en verbeteren',
  leaveAnyway: 'Teruggaan zonder opslaan',
  moveUp: (name: string) => `“${name}” omhoog`,
  moveDown: (name: string) => `“${name}” omlaag`,
  remove: (name: string) => `“${name}” verwijderen`,
  confirmRemove: (name: string) => `“${name}” echt verwijderen?`,
  confirmRemoveYes: 'Ja, verwijderen',
  session: {
    title: 'Sessie',
    name: 'Titel van de sessie',
    dotBudget: 'Stippen per deelnemer',
    dotBudgetHint: 'Bij “Wat helpt” verdeelt iedereen dit aantal stippen over de lessen.',
    minGroupSize: 'Kleinste groep die apart getoond wordt',
    minGroupSizeHint:
      'Een perspectief met minder stemmers wordt niet apart getoond in de uitslag (het telt wel mee in het totaal), zodat niemands stem te herleiden is. Minimaal 2.',
    facilitatorVotes: 'De facilitator stemt mee',
    resultsVisibility: 'Uitslag van stellingen',
    resultsOnReveal: 'Pas tonen als ik de uitslag onthul',
    resultsLive: 'Meteen live tonen',
  },
  agenda: {
    title: 'Programma',
    intro: 'De onderdelen van de workshop, in volgorde. Het type bepaalt wat het scherm toont.',
    itemTitle: 'Titel',
    description: 'Toelichting',
    duration: 'Duur (minuten)',
    kind: 'Type onderdeel',
    current: 'Nu op het scherm',
    add: 'Onderdeel toevoegen',
    addTitle: 'Titel van het nieuwe onderdeel',
    addKind: 'Type van het nieuwe onderdeel',
    item: (i: number) => `Onderdeel ${i}`,
    fieldOf: (field: string, i: number) => `${field}, onderdeel ${i}`,
    kinds: {
      welcome: 'Welkom en deelname',
      meanings: 'Wat bedoelen we ermee?',
      why: 'Waarom collectief werken',
      quadrant: 'Vier-kwadrantenbord',
      barriers: 'Wat knelt?',
      routemap: 'Routekaart',
      municipality: 'Rol van de gemeente',
      lessons: 'Wat helpt (stippen)',
      propositions: 'Stellingen',
      exchange: 'Uitwisseling (alleen tekst)',
      takeaways: 'Wat neem je mee?',
    },
  },
  ...propositionsEditorStrings.nl,
  ...routeMapEditorStrings.nl,
  texts: {
    title: 'Overige teksten',
    intro: 'Welkomsttekst',
    takeawayQuestion: 'Vraag bij “Wat neem je mee?”',
    lessons: 'Lessen bij “Wat helpt” (voor de stippen)',
    lesson: (i: number) => `Les ${i}`,
    addLesson: 'Les toevoegen',
    newLesson: 'Nieuwe les',
  },
  errors: {
    empty: 'Vul dit in.',
    tooLong: (max: string) => `Maximaal ${max} tekens.`,
    range: (min: string, max: string) => `Kies een getal van ${min} tot en met ${max}.`,
    wholeNumber: 'Vul een heel getal in.',
    atLeast: (min: string) => `Er moet${min === '1' ? '' : 'en'} minstens ${min} overblijven.`,
    atMost: (max: string) => `Er passen er hoogstens ${max}.`,
    duplicate: 'Deze staat er al.',
    hasVotes: 'Er is al op gestemd. Een stelling met stemmen blijft staan, zodat de uitslag klopt.',
    choicesHaveVotes: 'Er is al gestemd, dus de keuzes kunnen niet meer veranderen.',
  },
};

export type EditorMessages = typeof editorNl;
