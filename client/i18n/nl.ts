import type { ActionErrorCode } from '../../shared/core/errors';
import { quadrantStrings } from '../activities/quadrant/strings';
import { propositionsStrings } from '../activities/propositions/strings';
import { routeMapStrings } from '../activities/routemap/strings';
import { reasonsStrings } from '../activities/reasons/strings';
import { lessonsStrings } from '../activities/lessons/strings';
import { takeawaysStrings } from '../activities/takeaways/strings';
import { contentStrings } from '../activities/content/strings';
import { consoleStrings } from '../views/console/strings';
import { moderationStrings } from '../activities/moderation/strings';

/**
 * Dutch: the default language. The app's strings live here, each activity's in
 * client/activities/<kind>/strings.ts, spread in below; `en.ts` must match this shape (the
 * compiler checks it), so a missing translation is a build error, not a blank button.
 */
export const nl = {
  appName: 'Collectief',
  tagline: 'Samen werken aan een collectieve aanpak, live in de zaal.',
  common: {
    loading: 'Laden…',
    close: 'Sluiten',
    cancel: 'Annuleren',
    save: 'Opslaan',
    edit: 'Bewerken',
    delete: 'Verwijderen',
    add: 'Toevoegen',
    retry: 'Opnieuw proberen',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw doen',
    back: 'Terug',
    you: 'jij',
    nothingYet: 'Nog niets.',
    charactersLeft: (n: number) => `nog ${n} tekens`,
  },
  perspectives: {
    resident: 'Inwoner',
    professional: 'Professional',
    municipality: 'Gemeente',
    other: 'Anders',
    none: 'Geen perspectief',
  },
  connection: {
    online: 'Verbonden',
    connecting: 'Verbinden…',
    reconnecting: 'Opnieuw verbinden…',
    offline: 'Offline: je wijzigingen worden bewaard',
    label: 'Verbindingsstatus',
    /** On a phone's bar: short enough to leave room for the item's title. */
    short: {
      online: 'Verbonden',
      connecting: 'Verbinden…',
      reconnecting: 'Verbinden…',
      offline: 'Offline',
    },
  },
  /** The relay refused part of our edits; the screen was reset to the shared board. */
  reverted: {
    'board-locked':
      'Het schrijven is vergrendeld: je wijziging (zoals een verplaatsing of een nieuwe tekst) is teruggezet. Wat niet onder het slot valt, is bewaard.',
    'outside-namespace':
      'Een wijziging buiten je eigen deel van het bord is geweigerd en teruggezet. Je andere werk is bewaard.',
    'entry-count':
      'Je hebt het maximum aantal bereikt (bijvoorbeeld 50 initiatieven of 10 punten bij “wat neem je mee”): je laatste toevoeging is niet bewaard. Je andere werk is bewaard.',
    storage:
      'Er is geen ruimte meer voor meer tekst van jou in deze sessie: je laatste wijziging is niet bewaard. Je andere werk is bewaard.',
    other:
      'Een deel van je wijzigingen is geweigerd en teruggezet; je ziet weer het gedeelde bord. Je andere werk is bewaard.',
    dismiss: 'Melding sluiten',
  },
  refused: {
    action: 'Dat ging niet: er is niets veranderd.',
    why: {
      'invalid-input': 'Wat je invulde klopt niet.',
      'not-found': 'Dit bestaat niet meer; misschien heeft iemand het net verwijderd.',
      'not-run': 'De wijziging kon niet worden uitgevoerd.',
      'duplicate-id': 'Dit bestaat al.',
      'limit-reached': 'Het maximum is bereikt.',
      'reserved-id': 'Deze naam is gereserveerd.',
      'over-budget': 'Je stippen zijn op.',
      'at-start': 'Je bent al bij het eerste onderdeel.',
      'at-end': 'Je bent al bij het laatste onderdeel.',
      'not-running': 'De timer loopt niet.',
      'not-paused': 'De timer staat niet op pauze.',
      'unknown-proposition': 'Deze stelling bestaat niet (meer).',
      'invalid-transition': 'Deze stap kan nu niet vanuit de huidige stand.',
      'has-votes': 'Er is al op gestemd, dus dit kan niet meer veranderen.',
      'not-open': 'De stemming is niet (meer) open.',
      'invalid-choice': 'Deze keuze bestaat niet bij deze stelling.',
      'facilitator-votes-off': 'Stemmen als begeleider staat uit.',
      'invalid-decision': 'Deze keuze past niet bij deze stap van de routekaart.',
      'not-at-check': 'De routekaart staat niet bij de CHECK.',
      'not-at-evaluation': 'De routekaart staat niet bij de evaluatie.',
    } satisfies Record<ActionErrorCode, string>,
    dismiss: 'Melding sluiten',
  },
  home: {
    createTitle: 'Nieuwe sessie',
    createIntro: 'Start een workshop en zet het presentatiescherm op de beamer.',
    titleLabel: 'Titel van de sessie',
    titlePlaceholder: 'Collectief werken in de wijk',
    languageLabel: 'Taal van de workshop',
    templateLabel: 'Programma',
    templateBuiltIn: 'Ingebouwde workshop “Collectief werken in de wijk”',
    templateUpload: 'Eigen sjabloon (JSON-bestand)',
    templateFileLabel: 'Sjabloonbestand kiezen',
    templateInvalid: 'Dit sjabloon klopt niet:',
    examplesLabel: 'Voorbeeldinitiatieven op het bord zetten',
    create: 'Sessie starten',
    creating: 'Sessie aanmaken…',
    createFailed: 'De sessie kon niet worden aangemaakt.',
    joinTitle: 'Meedoen',
    joinIntro: 'Vul de code in die op het scherm staat.',
    codeLabel: 'Sessiecode',
    codePlaceholder: 'K7MX-4QXR',
    codeInvalid: 'Een code heeft 8 tekens, bijvoorbeeld K7MX-4QXR.',
    join: 'Meedoen',
  },
  join: {
    title: 'Meedoen met de sessie',
    nameLabel: 'Je naam',
    namePlaceholder: 'Voornaam is genoeg',
    perspectiveLabel: 'Vanuit welk perspectief kijk je? (optioneel)',
    submit: 'Meedoen',
    joining: 'Aanmelden…',
    failed: 'Aanmelden lukte niet. Probeer het opnieuw.',
    malformedAnswer:
      'De server gaf een antwoord dat deze pagina niet begrijpt. Herlaad de pagina; helpt dat niet, meld het dan aan de facilitator.',
    unknownSession: 'Deze sessie bestaat niet (meer). Controleer de code.',
    nameRequired: 'Vul je naam in.',
    doorsClosed:
      'De deuren zijn dicht: de facilitator laat op dit moment geen nieuwe deelnemers meer toe. Vraag de facilitator om je binnen te laten.',
    sessionFull:
      'Deze sessie is vol: het maximale aantal deelnemers is bereikt. Vraag de facilitator om ruimte te maken.',
    joinRate:
      'Er melden zich net heel veel mensen tegelijk aan. Wacht een minuut en probeer het opnieuw.',
    removed:
      'Je bent uit de sessie verwijderd door de facilitator. Je kunt niet meer meedoen of stemmen in deze sessie.',
  },
  participant: {
    followingLabel: 'Volg de facilitator',
    following: 'Je volgt de facilitator',
    lookingBack: 'Je kijkt terug',
    backToLive: 'Terug naar nu',
    agendaNav: 'Programma',
    done: 'Ik ben klaar',
    notDone: 'Toch nog niet klaar',
    doneHint: 'De facilitator ziet hoeveel mensen klaar zijn.',
    locked:
      'De facilitator heeft het schrijven vergrendeld. Je kunt nu even niets toevoegen of wijzigen.',
    signedInAs: (name: string) => `Aangemeld als ${name}`,
    leave: 'Afmelden op dit apparaat',
    waiting: 'Wacht op de facilitator…',
    moderatedHidden: 'Verborgen door de facilitator',
    moderatedPending: 'Wacht op goedkeuring van de facilitator',
  },
  presenter: {
    joinAt: 'Doe mee op',
    code: 'Code',
    showJoin: 'Toon deelname-info op volledig scherm',
    hideJoin: 'Terug naar de presentatie',
    participants: (n: number) => (n === 1 ? '1 deelnemer' : `${n} deelnemers`),
    ready: (done: number, total: number) => `${done} van ${total} klaar`,
    readinessLabel: 'Klaar-meter',
    previous: 'Vorig onderdeel',
    next: 'Volgend onderdeel',
    itemOf: (i: number, n: number) => `Onderdeel ${i} van ${n}`,
    lockBoard: 'Schrijven vergrendelen',
    unlockBoard: 'Schrijven ontgrendelen',
    boardLocked: 'Schrijven vergrendeld',
    report: 'Verslag',
    editProgramme: 'Programma bewerken',
    fullscreen: 'Volledig scherm',
    noKey:
      'Deze link hoort bij een andere facilitator of de sleutel ontbreekt. Open de presentatielink die je bij het aanmaken kreeg.',
    keyRejected: 'De facilitatorsleutel wordt niet geaccepteerd.',
    keyboardHint: 'Pijltjestoetsen: vorig / volgend onderdeel',
    controls: 'Bediening facilitator',
    jumpTo: 'Ga naar onderdeel',
  },
  room: {
    open: 'Deelnemers',
    title: 'Wie is er binnen',
    doorsClosed: 'Deuren dicht',
    doorsClosedHint: 'Niemand kan zich nog nieuw aanmelden; wie al binnen is, doet gewoon mee.',
    doorsAreClosed: 'De deuren zijn dicht',
    cap: 'Maximum aantal deelnemers',
    capHint: (min: number, max: number) => `Een heel getal van ${min} tot ${max}.`,
    count: (n: number, cap: number) => `${n} van maximaal ${cap} deelnemers`,
    empty: 'Nog niemand aangemeld.',
    listLabel: 'Aangemelde deelnemers',
    name: 'Naam',
    perspective: 'Perspectief',
    joined: 'Binnen sinds',
    status: 'Status',
    online: 'Online',
    offline: 'Niet verbonden',
    actions: 'Acties',
    remove: 'Verwijderen',
    removeLabel: (name: string) => `${name} uit de sessie verwijderen`,
    removeTexts: 'Teksten wissen',
    removeTextsLabel: (name: string) => `Alle teksten van ${name} wissen`,
    confirmRemove: (name: string) =>
      `${name} verwijderen? Diegene kan niet meer meedoen en de stemmen tellen niet meer mee.`,
    alsoTexts: 'Ook alle teksten (initiatieven, notities, meeneempunten) wissen',
    confirmRemoveTexts: (name: string) =>
      `Alle initiatieven, notities en meeneempunten van ${name} wissen? Dit kan niet ongedaan worden gemaakt.`,
    yesRemove: 'Ja, verwijderen',
    yesRemoveTexts: 'Ja, teksten wissen',
    working: 'Bezig…',
    removed: (name: string) => `${name} is verwijderd.`,
    textsRemoved: (name: string, n: number) =>
      n === 1 ? `1 tekst van ${name} gewist.` : `${n} teksten van ${name} gewist.`,
    failed: 'Dat lukte niet. Controleer de verbinding en probeer het opnieuw.',
    voters: (voters: number, present: number) =>
      `${voters} ${voters === 1 ? 'stemmer' : 'stemmers'} · ${present} aanwezig`,
    votersLabel: 'Stemmers tegenover aanwezige deelnemers bij de open stelling',
    moreVotersThanPresent: 'Meer stemmen dan mensen in de zaal: kijk wie er is aangemeld.',
  },
  timer: {
    label: 'Timer',
    start: 'Timer starten',
    pause: 'Timer pauzeren',
    reset: 'Timer herstellen',
    addMinute: 'Een minuut erbij',
    minutes: (n: number) => `${n} min`,
    over: 'Tijd is om',
  },
  ...quadrantStrings.nl,
  ...consoleStrings.nl,
  ...propositionsStrings.nl,
  ...routeMapStrings.nl,
  ...reasonsStrings.nl,
  ...lessonsStrings.nl,
  ...takeawaysStrings.nl,
  ...contentStrings.nl,
  ...moderationStrings.nl,
  report: {
    title: 'Verslag',
    print: 'Afdrukken of opslaan als PDF',
    downloads: 'Downloads',
    download: (file: string) => `${file} downloaden`,
    boardPng: 'Bord als afbeelding (PNG)',
    noKey:
      'Alleen de facilitator kan het verslag openen. Open eerst de presentatielink op dit apparaat.',
    downloadFailed: 'Downloaden lukte niet.',
    initiative: 'Initiatief',
    place: 'Plek op het bord',
    author: 'Door',
    initiatives: 'Initiatieven op het bord',
    propositions: 'Stellingen',
    route: 'Routekaart',
    lessons: 'Wat helpt: stippen',
    takeaways: 'Meeneempunten',
    recognitions: 'Herkende redenen en belemmeringen',
    participants: (n: number) => (n === 1 ? '1 deelnemer' : `${n} deelnemers`),
    generatedAt: (date: string) => `Gemaakt op ${date}`,
    deleteSession: 'Sessie en alle gegevens verwijderen',
    deleteConfirm:
      'Alles van deze sessie wordt definitief gewist: bord, stemmen, notities en meeneempunten. Download eerst wat je wilt bewaren.',
    deleteConfirmButton: 'Definitief verwijderen',
    deleted: 'De sessie is verwijderd.',
    deleteFailed: 'Verwijderen lukte niet.',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    home: 'Naar de startpagina',
  },
};

/** The shape every language must fill: same keys, same function signatures. */
export type Messages = typeof nl;
