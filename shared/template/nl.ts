/**
 * "Collectief werken in de wijk", the built-in workshop in Dutch. Written by us as data from the
 * facts in the seed material (the workshop slides and the Movisie article "Collectief
 * ondersteuningsvragen van inwoners oppakken"). Ids are shared with en.ts, so a session's
 * recognitions, dots and votes mean the same thing in both languages.
 */
import type { WorkshopTemplate } from './types';
import { TEMPLATE_FORMAT_VERSION } from './types';
import { agendaItems, lessonTexts, reasonItems, recognisableTexts } from './builtInIds';
import { defaultChoices } from '../activities/propositions/choices';

export const workshopNl: WorkshopTemplate = {
  formatVersion: TEMPLATE_FORMAT_VERSION,
  lang: 'nl',
  title: 'Collectief werken in de wijk',
  intro:
    'Hoe kunnen wijkteams ondersteuningsvragen van inwoners vaker samen, collectief oppakken? We verkennen wat collectief werken is, waarom het helpt, wat knelt en wat je morgen anders kunt doen.',
  agenda: agendaItems([
    {
      id: 'welcome',
      kind: 'welcome',
      title: 'Welkom',
      description: 'Kennismaking en het programma van vandaag.',
      durationMinutes: 5,
    },
    {
      id: 'meanings',
      kind: 'meanings',
      title: 'Collectief werken, wat bedoelen we ermee?',
      description: 'Drie betekenissen van collectief werken.',
      durationMinutes: 8,
    },
    {
      id: 'quadrant',
      kind: 'quadrant',
      title: 'Waar staan onze initiatieven?',
      description: 'Zet initiatieven uit jouw wijk op het model met vier kwadranten.',
      durationMinutes: 12,
    },
    {
      id: 'why',
      kind: 'why',
      title: 'Waarom collectief werken?',
      description: 'De redenen vanuit inwoners, professionals en gemeenten. Welke herken jij?',
      durationMinutes: 8,
    },
    {
      id: 'barriers',
      kind: 'barriers',
      title: 'Wat knelt?',
      description: 'Waarom komen wijkteams er niet aan toe? Markeer wat je herkent.',
      durationMinutes: 8,
    },
    {
      id: 'routemap',
      kind: 'routemap',
      title:
        'Hoe kunnen wijkteams vaker collectieve ondersteuning aanbieden bij ondersteuningsvragen van inwoners?',
      description: 'We lopen samen de routekaart voor collectief werken door.',
      durationMinutes: 15,
    },
    {
      id: 'municipality',
      kind: 'municipality',
      title: 'Wat kan de gemeente doen om collectief werken te stimuleren en borgen?',
      description: 'De rol van de gemeente.',
      durationMinutes: 8,
    },
    {
      id: 'lessons',
      kind: 'lessons',
      title: 'Geleerde lessen; wat helpt bij collectief werken?',
      description: 'Verdeel je stippen over de lessen die voor jou het meest helpen.',
      durationMinutes: 8,
    },
    {
      id: 'propositions',
      kind: 'propositions',
      title: "Uitwisseling 'kijk op collectief werken'",
      description: 'Drie stellingen: eens, neutraal of oneens? En waarom?',
      durationMinutes: 12,
    },
    {
      id: 'takeaways',
      kind: 'takeaways',
      title: 'Terugkoppeling; wat neem je mee uit deze workshop?',
      description: 'Schrijf op wat je meeneemt naar je eigen wijk.',
      durationMinutes: 6,
    },
  ]),
  meanings: {
    title: 'Collectief werken, wat bedoelen we ermee?',
    definitions: [
      { id: 'def-collective', term: 'Collectief', definition: 'Gezamenlijk, gemeenschappelijk.' },
      {
        id: 'def-collective-offer',
        term: 'Collectief aanbod',
        definition: 'Groepsgerichte activiteiten.',
      },
      {
        id: 'def-collective-approach',
        term: 'Collectieve aanpak van het wijkteam',
        definition:
          'Aanpakken van wijkteamprofessionals die hulpvragen van bewoners in de wijk met elkaar verbinden, zodat er een gezamenlijke aanpak ontstaat of zodat kan worden aangesloten op een bestaande aanpak (Wmo-werkplaats Utrecht).',
      },
    ],
    items: [
      {
        id: 'meaning-connect',
        text: 'Individuele hulpvragen van inwoners met elkaar verbinden, zodat er een collectief aanbod ontstaat of zodat aangesloten wordt op bestaande voorzieningen of activiteiten.',
      },
      {
        id: 'meaning-network',
        text: 'Het functioneren van inwoners in een sociaal netwerk versterken.',
      },
      {
        id: 'meaning-themes',
        text: 'Inspelen op maatschappelijke thema’s in een wijk, zoals leefbaarheid, sociale veiligheid of armoede.',
      },
    ],
  },
  reasons: [
    {
      perspective: 'resident',
      title: 'Vanuit de inwoners',
      intro: 'Inwoners kiezen vaak liever voor collectieve activiteiten, omdat...',
      items: reasonItems([
        {
          id: 'reason-resident-normalised',
          text: 'problemen niet geïndividualiseerd maar genormaliseerd worden.',
          keyword: 'genormaliseerd',
        },
        {
          id: 'reason-resident-network',
          text: 'hun sociale netwerk groter wordt en de zorg voor en het omzien naar elkaar sterker wordt.',
          keyword: 'sociale netwerk groter',
        },
        {
          id: 'reason-resident-growth',
          text: 'zij de activiteiten mee vormgeven, waardoor hun persoonlijke ontwikkeling en vaardigheden groeien.',
          keyword: 'ontwikkeling',
        },
      ]),
    },
    {
      perspective: 'professional',
      title: 'Vanuit de professionals',
      intro: 'Professionals in de uitvoering zien kansen in collectief werken, omdat...',
      items: reasonItems([
        {
          id: 'reason-professional-same-problems',
          text: 'bij inwoners vaak dezelfde problematiek speelt.',
          keyword: 'dezelfde problematiek',
        },
        {
          id: 'reason-professional-partners',
          text: 'samenwerken met partners in de wijk betere oplossingen oplevert en energie geeft.',
          keyword: 'betere oplossingen',
        },
        {
          id: 'reason-professional-lasting',
          text: 'problemen duurzamer op te lossen zijn en soms zelfs te voorkómen.',
          keyword: 'duurzamer',
        },
        {
          id: 'reason-professional-signals',
          text: 'mensen in een groep signalen bij elkaar sneller herkennen.',
          keyword: 'signalen',
        },
      ]),
    },
    {
      perspective: 'municipality',
      title: 'Vanuit de gemeenten',
      intro: 'Beleidsmakers van gemeenten zien dat...',
      items: reasonItems([
        {
          id: 'reason-municipality-assignment',
          text: 'een opdracht tot collectief werken helpt: het is vaak een nieuwe manier van werken, een omslag van individueel naar collectief.',
          keyword: 'opdracht tot collectief werken',
        },
        {
          id: 'reason-municipality-active-residents',
          text: 'de inzet van actieve inwoners zo optimaal benut wordt.',
          keyword: 'optimaal benut',
        },
        {
          id: 'reason-municipality-costs',
          text: 'de kosten en administratieve lasten van een collectieve aanpak vaak lager zijn dan die van een individuele, en dat het wachtlijsten bij aanbieders helpt tegengaan.',
          keyword: 'kosten en administratieve lasten',
        },
      ]),
    },
  ],
  benefits: {
    title: 'Wat zijn de voordelen van collectief werken?',
    intro:
      'Er is nog weinig onderzoek naar gedaan, maar de literatuur en professionals geven deze aanknopingspunten:',
    items: recognisableTexts([
      {
        id: 'benefit-resources',
        text: 'Middelen worden efficiënter en effectiever ingezet dan bij individuele hulpverlening.',
      },
      {
        id: 'benefit-contacts',
        text: 'Mensen doen sociale contacten op, waardoor collectief aanbod prettiger is om te gebruiken.',
      },
      {
        id: 'benefit-signals',
        text: 'Signalen komen sneller boven: in een groep herkennen mensen signalen bij elkaar eerder.',
      },
      {
        id: 'benefit-prevention',
        text: 'Collectieve activiteiten werken meer preventief: gezamenlijke activiteiten vangen onderliggende problemen op, zoals een gebrek aan sociale contacten.',
      },
    ]),
  },
  quadrant: {
    title: 'Model met vier kwadranten',
    question: 'Waar staan de initiatieven in jouw wijk? Zet ze op het model.',
    xAxis: { title: 'Aard van het initiatief', negative: 'Individueel', positive: 'Collectief' },
    yAxis: { title: 'Wie is betrokken?', negative: 'Professionals', positive: 'Inwoners' },
    quadrants: [
      {
        id: 'collective-residents',
        name: 'Collectief, door inwoners',
        description: 'Inwoners organiseren samen iets voor een groep, zoals een burgerinitiatief.',
      },
      {
        id: 'collective-professionals',
        name: 'Collectief, door professionals',
        description: 'Professionals bieden of faciliteren groepsaanbod.',
      },
      {
        id: 'individual-professionals',
        name: 'Individueel, door professionals',
        description: 'Individuele hulpverlening, zoals een spreekuur of keukentafelgesprek.',
      },
      {
        id: 'individual-residents',
        name: 'Individueel, door inwoners',
        description: 'Inwoners helpen elkaar één op één, zoals burenhulp of mantelzorg.',
      },
    ],
    between: {
      name: 'Ertussenin',
      description:
        'Het zijn glijdende schalen: een initiatief kan in meerdere kwadranten een plek hebben, zoals het buurthuis waar vaak ook professionals aanwezig zijn. Waar collectiviteit vanuit het wijkteam begint en ophoudt, vult elk wijkteam anders in.',
    },
    examples: [
      {
        id: 'example-community-centre',
        text: 'Buurthuis',
        x: 0.55,
        y: 0.05,
        note: 'Collectief, met inwoners én vaak professionals: het ligt ertussenin.',
      },
      {
        id: 'example-morning-coffee',
        text: 'Elke ochtend koffie in het wijkcentrum',
        x: 0.45,
        y: -0.5,
        note: 'Aanwezig zijn in de wijk: zo leer je kennen waar mensen behoefte aan hebben.',
      },
      {
        id: 'example-residents-garden',
        text: 'Moestuin van bewoners',
        x: 0.75,
        y: 0.75,
        note: 'Een burgerinitiatief.',
      },
      {
        id: 'example-kitchen-table',
        text: 'Keukentafelgesprek',
        x: -0.8,
        y: -0.75,
        note: 'Individuele ondersteuning door een professional.',
      },
      {
        id: 'example-neighbour-help',
        text: 'Buren doen boodschappen voor elkaar',
        x: -0.6,
        y: 0.7,
        note: 'Informele hulp tussen inwoners.',
      },
      {
        id: 'example-money-group',
        text: 'Groepstraining omgaan met geldzorgen',
        x: 0.7,
        y: -0.65,
        note: 'Groepsaanbod door professionals.',
      },
    ],
  },
  barriers: {
    title: 'Wat knelt?',
    intro:
      'Wijkteams zien het belang van collectief werken wel, maar komen er niet aan toe. Naast tijdgebrek zijn er heersende opvattingen die in de weg zitten. Welke herken jij?',
    facts: [
      {
        id: 'fact-two-percent',
        text: 'Slechts 2% van 242 gemeenten noemt collectieve voorzieningen als één van de drie taken waar hun wijkteams de meeste tijd aan besteden.',
      },
      {
        id: 'fact-forty-one-percent',
        text: '41% van de gemeenten zegt dat hun wijkteams te weinig toekomen aan het ondersteunen van collectieve initiatieven.',
      },
    ],
    categories: [
      {
        id: 'barrier-mindset',
        title: 'Denkpatroon van professionals',
        items: recognisableTexts([
          {
            id: 'barrier-mindset-not-used',
            text: 'Het is niet gewoon om aan collectiviteit te denken.',
          },
          {
            id: 'barrier-mindset-individual',
            text: '‘Ik ben beter in het individuele, in kleinere systemen.’',
          },
          {
            id: 'barrier-mindset-habit',
            text: 'Door het werkverleden is het lastig om los te komen van spreekuur of ontvangkamer.',
          },
          { id: 'barrier-mindset-urgency', text: 'De noodzaak wordt soms minder gevoeld.' },
        ]),
      },
      {
        id: 'barrier-questions',
        title: 'Aard van de hulpvragen',
        items: recognisableTexts([
          {
            id: 'barrier-questions-unsuited',
            text: 'Sommige hulpvragen lenen zich minder voor een collectieve aanpak.',
          },
          {
            id: 'barrier-questions-image',
            text: 'Het imago van groepsactiviteiten is niet altijd positief.',
          },
          {
            id: 'barrier-questions-fragile',
            text: 'Voorliggende voorzieningen zijn vaak niet duurzaam en dus kwetsbaar.',
          },
          {
            id: 'barrier-questions-competition',
            text: 'Er is concurrentie tussen sociale teams en hun moederorganisatie.',
          },
        ]),
      },
      {
        id: 'barrier-conditions',
        title: 'Randvoorwaarden',
        items: recognisableTexts([
          { id: 'barrier-conditions-time', text: 'Collectiviteit kost tijd!' },
          {
            id: 'barrier-conditions-area',
            text: 'Hoe groot het werkgebied is, bepaalt hoe goed je de sociale kaart kent.',
          },
          {
            id: 'barrier-conditions-cost',
            text: 'Kosteneffectiviteit weegt voor professionals minder zwaar.',
          },
        ]),
      },
    ],
  },
  routeMap: {
    title: 'Routekaart voor collectief werken',
    intro:
      'In een paar stappen vorm je samen met collega’s en partners in het sociaal domein een beeld van problematiek die vaak voorkomt in jullie gemeente, wijk of dorp, en zoek je er een collectieve oplossing voor.',
    teamChoice: {
      title: 'Zet collectief werken bewust in: maak als wijkteam een keuze',
      points: [
        { id: 'team-choice-vision', text: 'Een visie op collectief werken.' },
        { id: 'team-choice-position', text: 'Je functie en positie als wijkteam.' },
        {
          id: 'team-choice-relationship',
          text: 'Actief investeren in een goede samenwerkingsrelatie.',
        },
      ],
      quote:
        '‘We constateerden: als we het echt willen, moeten we ons er ook hard voor maken en investeren in samenwerking.’',
    },
    steps: [
      {
        id: 'explore',
        phase: 'Verkennen',
        title: 'Stap 1. Verken het vraagstuk en maak gebruik van signalen en data',
        intro: 'Zicht op veelvoorkomende problematiek.',
        prompts: [
          {
            id: 'explore-signals',
            text: 'Begin bij wat jij en je team signaleren: welke vragen of problemen komen vaak terug? Denk aan vechtscheidingen, geldzorgen of eenzaamheid.',
          },
          {
            id: 'explore-data',
            text: 'Verzamel informatie en data, bijvoorbeeld over verstrekte beschikkingen, demografie en veiligheid. Vraag ook inwoners, hun organisaties en professionals.',
          },
          {
            id: 'explore-complete',
            text: 'Ga na: wat speelt er, is het probleem helder genoeg, is het beeld volledig?',
          },
        ],
      },
      {
        id: 'check',
        phase: 'CHECK',
        title: 'Zijn er al passende voorzieningen of activiteiten voor dit vraagstuk?',
        intro: '',
        prompts: [
          {
            id: 'check-existing',
            text: 'Wat bestaat er al aan voorzieningen en activiteiten, formeel en informeel? Waar kun je naar doorverwijzen?',
          },
          {
            id: 'check-several',
            text: 'Zijn er meerdere voorzieningen nodig om de vraag op te lossen? Hoe werken die dan samen, en hoe zorg je voor samenhang en afstemming?',
          },
          {
            id: 'check-fit',
            text: 'Onderzoek of de beschikbare voorzieningen goed aansluiten bij wat inwoners nodig hebben.',
          },
        ],
      },
      {
        id: 'connect',
        phase: 'Sluit aan',
        title: 'Sluit aan bij wat er al is',
        intro: 'Er zijn voldoende passende oplossingen of voorzieningen.',
        prompts: [{ id: 'connect-referral', text: 'Check: kun je goed doorverwijzen?' }],
      },
      {
        id: 'plan',
        phase: 'Stap 2',
        title: 'Stap 2. Maak een plan van aanpak',
        intro: 'Als meerdere maatschappelijke partners nodig zijn voor de collectieve oplossing:',
        prompts: [
          {
            id: 'plan-ambitions',
            text: 'Spreek verwachtingen en ambities naar elkaar uit. Welk probleem willen jullie oplossen of welke kans benutten? Wat is jullie visie en gewenste eindresultaat?',
          },
          {
            id: 'plan-working-group',
            text: 'Stel een kleine werkgroep samen en benoem de trekkers (denk aan commitment, verantwoordelijkheid en mandaat).',
          },
          {
            id: 'plan-residents',
            text: 'Betrek inwoners en ervaringsdeskundigen in de werkgroep, of raadpleeg hen regelmatig: zij helpen betere oplossingen te vinden.',
          },
          {
            id: 'plan-purpose',
            text: 'Bespreek wat jullie willen bereiken en leg samen de bedoeling en de doelen vast.',
          },
          {
            id: 'plan-roles',
            text: 'Maak afspraken over ieders rol en bijdrage en leg die vast in een plan.',
          },
        ],
      },
      {
        id: 'execute',
        phase: 'Stap 3',
        title: 'Stap 3. In uitvoering: samen aan de slag',
        intro: '',
        prompts: [
          {
            id: 'execute-ownership',
            text: 'De werkgroep is verantwoordelijk voor het uitvoeren van de collectieve voorziening of activiteit.',
          },
          {
            id: 'execute-monitor',
            text: 'Volg samen de voortgang, evalueer tussentijds en stel bij waar nodig. Betrek inwoners bij de (tussen)evaluatie.',
          },
          {
            id: 'execute-celebrate',
            text: 'Vier tussentijdse successen en vertel over de resultaten.',
          },
        ],
      },
      {
        id: 'evaluate',
        phase: 'Evaluatie',
        title: 'Evalueer en borg',
        intro: '',
        prompts: [
          {
            id: 'evaluate-effect',
            text: 'Heeft de voorziening of activiteit het gewenste effect op het sociale vraagstuk? Zo niet, ga terug naar stap 1.',
          },
          {
            id: 'evaluate-continue',
            text: 'Wat is er nodig om de voorziening of activiteit te laten doorgaan, en hoe regel je dat?',
          },
          {
            id: 'evaluate-working-group',
            text: 'Is de werkgroep nog nodig (valt er nog iets aan te jagen?) of kan het in het reguliere aanbod worden opgenomen?',
          },
        ],
      },
    ],
    check: {
      handsQuestion: 'Zijn er al passende voorzieningen of activiteiten voor dit vraagstuk?',
      fitsCondition: 'Voldoende en passende oplossingen of voorzieningen',
      fitsOutcome: 'Sluit aan.',
      fitsFollowUp: 'Check: kun je goed doorverwijzen?',
      noFitCondition: 'Geen passende oplossing of voorziening voorhanden',
      noFitOutcome: 'Wie is dan aan zet?',
    },
  },
  municipality: {
    title: 'Wat kan de gemeente doen om collectief werken te stimuleren en borgen?',
    points: [
      {
        id: 'municipality-assignment',
        text: 'Geef als gemeente een heldere opdracht vanuit de gedachte ‘collectief waar mogelijk, individueel waar nodig’.',
      },
      {
        id: 'municipality-support',
        text: 'Maak in beleid en in opdrachten aan maatschappelijke organisaties duidelijk dat de gemeente collectief werken steunt.',
      },
      {
        id: 'municipality-direction',
        text: 'Werken partijen niet of niet goed samen aan collectief werken, dan neemt de gemeente (tijdelijk) de regie.',
      },
    ],
    quote: '‘De gemeente de kaders, het wijkteam de inhoud.’',
    successFactorsIntro:
      'Onderzoek in Haarlem naar nieuwe manieren van collectief werken door sociale wijkteams noemt drie succesfactoren:',
    successFactors: [
      {
        id: 'success-ownership',
        text: 'Eigenaarschap en draagvlak binnen sociale wijkteams vergroten.',
      },
      {
        id: 'success-vision',
        text: 'Een heldere visie op de taken en de opdracht bij collectief werken.',
      },
      { id: 'success-relationship', text: 'De relatie met wijkbewoners opbouwen en benutten.' },
    ],
  },
  lessons: lessonTexts([
    {
      id: 'lesson-1',
      text: 'Zorg voor zicht op veelvoorkomende problematiek en kansen in de wijk.',
    },
    {
      id: 'lesson-2',
      text: 'Geef als gemeente een heldere opdracht vanuit de gedachte ‘collectief waar mogelijk, individueel waar nodig’.',
    },
    { id: 'lesson-3', text: 'Erken dat samenlevingsopbouwers nodig zijn en regel hun inzet.' },
    {
      id: 'lesson-4',
      text: 'Spreek als partners in de wijk verwachtingen en ambities naar elkaar uit.',
    },
    { id: 'lesson-5', text: 'Benoem samen het gedeelde belang: dat verbindt en activeert.' },
    { id: 'lesson-6', text: 'Geef prioriteit aan de opgave in de wijk: iedereen maakt tijd vrij.' },
    {
      id: 'lesson-7',
      text: 'Bouw aan vertrouwen in de samenwerking: investeer, zoek elkaar op, ga samen aan de slag en reflecteer, en blijf dat doen.',
    },
  ]),
  propositions: [
    {
      id: 'proposition-1',
      text: 'Eenmaal individueel gestart is de overstap naar collectief erg moeilijk.',
      choices: defaultChoices('nl'),
    },
    {
      id: 'proposition-2',
      text: 'Collectief werken is een bezuinigingsmaatregel.',
      choices: defaultChoices('nl'),
    },
    {
      id: 'proposition-3',
      text: 'Laat alle inwoners met een ondersteuningsvraag collectief starten.',
      choices: defaultChoices('nl'),
    },
  ],
  takeawayQuestion: 'Wat neem je mee uit deze workshop naar je eigen wijk?',
};
