/**
 * "Collective working in the neighbourhood": our English translation of nl.ts. Same ids, same
 * structure; only the texts differ. Dutch names of things (wijkteam, buurthuis) are translated
 * by meaning: "neighbourhood team", "community centre".
 */
import type { WorkshopTemplate } from './types';
import { TEMPLATE_FORMAT_VERSION } from './types';
import { agendaItems, lessonTexts, reasonItems, recognisableTexts } from './builtInIds';
import { defaultChoices } from '../activities/propositions/choices';

export const workshopEn: WorkshopTemplate = {
  formatVersion: TEMPLATE_FORMAT_VERSION,
  lang: 'en',
  title: 'Collective working in the neighbourhood',
  intro:
    'How can neighbourhood teams take up residents’ support questions together, collectively, more often? We explore what collective working is, why it helps, what gets in the way and what you can do differently tomorrow.',
  agenda: agendaItems([
    {
      id: 'welcome',
      kind: 'welcome',
      title: 'Welcome',
      description: 'Introductions and today’s programme.',
      durationMinutes: 5,
    },
    {
      id: 'meanings',
      kind: 'meanings',
      title: 'Collective working: what do we mean by it?',
      description: 'Three meanings of collective working.',
      durationMinutes: 8,
    },
    {
      id: 'quadrant',
      kind: 'quadrant',
      title: 'Where do our initiatives stand?',
      description: 'Place initiatives from your neighbourhood on the four-quadrant model.',
      durationMinutes: 12,
    },
    {
      id: 'why',
      kind: 'why',
      title: 'Why work collectively?',
      description:
        'The reasons seen by residents, professionals and municipalities. Which do you recognise?',
      durationMinutes: 8,
    },
    {
      id: 'barriers',
      kind: 'barriers',
      title: 'What gets in the way?',
      description: 'Why do neighbourhood teams not get round to it? Mark what you recognise.',
      durationMinutes: 8,
    },
    {
      id: 'routemap',
      kind: 'routemap',
      title:
        'How can neighbourhood teams offer collective support for residents’ support questions more often?',
      description: 'Together we walk the route map for collective working.',
      durationMinutes: 15,
    },
    {
      id: 'municipality',
      kind: 'municipality',
      title: 'What can the municipality do to encourage and embed collective working?',
      description: 'The municipality’s role.',
      durationMinutes: 8,
    },
    {
      id: 'lessons',
      kind: 'lessons',
      title: 'Lessons learned: what helps collective working?',
      description: 'Spread your dots over the lessons that help you most.',
      durationMinutes: 8,
    },
    {
      id: 'propositions',
      kind: 'propositions',
      title: 'Exchange: “views on collective working”',
      description: 'Three propositions: agree, neutral or disagree? And why?',
      durationMinutes: 12,
    },
    {
      id: 'takeaways',
      kind: 'takeaways',
      title: 'Feedback: what do you take away from this workshop?',
      description: 'Write down what you take back to your own neighbourhood.',
      durationMinutes: 6,
    },
  ]),
  meanings: {
    title: 'Collective working: what do we mean by it?',
    definitions: [
      { id: 'def-collective', term: 'Collective', definition: 'Joint, shared, in common.' },
      {
        id: 'def-collective-offer',
        term: 'Collective provision',
        definition: 'Group-based activities.',
      },
      {
        id: 'def-collective-approach',
        term: 'The neighbourhood team’s collective approach',
        definition:
          'Approaches of neighbourhood team professionals that connect residents’ requests for help, so that a joint approach emerges or an existing one can be joined (Wmo-werkplaats Utrecht).',
      },
    ],
    items: [
      {
        id: 'meaning-connect',
        text: 'Connecting residents’ individual requests for help, so that a collective provision emerges or people join existing provisions or activities.',
      },
      {
        id: 'meaning-network',
        text: 'Strengthening how residents function within a social network.',
      },
      {
        id: 'meaning-themes',
        text: 'Responding to social themes in a neighbourhood, such as liveability, social safety or poverty.',
      },
    ],
  },
  reasons: [
    {
      perspective: 'resident',
      title: 'From the residents’ side',
      intro: 'Residents often prefer collective activities, because...',
      items: reasonItems([
        {
          id: 'reason-resident-normalised',
          text: 'problems are not individualised but normalised.',
          keyword: 'normalised',
        },
        {
          id: 'reason-resident-network',
          text: 'their social network grows and caring for and looking out for each other gets stronger.',
          keyword: 'social network grows',
        },
        {
          id: 'reason-resident-growth',
          text: 'they help shape the activities, so their personal development and skills grow.',
          keyword: 'development',
        },
      ]),
    },
    {
      perspective: 'professional',
      title: 'From the professionals’ side',
      intro: 'Frontline professionals see opportunities in collective working, because...',
      items: reasonItems([
        {
          id: 'reason-professional-same-problems',
          text: 'residents often face the same problems.',
          keyword: 'the same problems',
        },
        {
          id: 'reason-professional-partners',
          text: 'working with partners in the neighbourhood brings better solutions and gives energy.',
          keyword: 'better solutions',
        },
        {
          id: 'reason-professional-lasting',
          text: 'problems can be solved more lastingly, and sometimes prevented.',
          keyword: 'more lastingly',
        },
        {
          id: 'reason-professional-signals',
          text: 'people in a group recognise signals in each other sooner.',
          keyword: 'signals',
        },
      ]),
    },
    {
      perspective: 'municipality',
      title: 'From the municipalities’ side',
      intro: 'Municipal policy makers see that...',
      items: reasonItems([
        {
          id: 'reason-municipality-assignment',
          text: 'a mandate for collective working helps: it is often a new way of working, a shift from individual to collective.',
          keyword: 'mandate for collective working',
        },
        {
          id: 'reason-municipality-active-residents',
          text: 'the contribution of active residents is put to best use.',
          keyword: 'best use',
        },
        {
          id: 'reason-municipality-costs',
          text: 'the costs and administrative burden of a collective approach are often lower than those of an individual one, and it helps reduce providers’ waiting lists.',
          keyword: 'costs and administrative burden',
        },
      ]),
    },
  ],
  benefits: {
    title: 'What are the benefits of collective working?',
    intro:
      'Little research has been done yet, but the literature and professionals offer these pointers:',
    items: recognisableTexts([
      {
        id: 'benefit-resources',
        text: 'Resources are used more efficiently and effectively than in individual support.',
      },
      {
        id: 'benefit-contacts',
        text: 'People make social contacts, which makes collective provision more pleasant to use.',
      },
      {
        id: 'benefit-signals',
        text: 'Signals surface sooner: people in a group recognise signals in each other more readily.',
      },
      {
        id: 'benefit-prevention',
        text: 'Collective activities are more preventive: joint activities catch underlying problems, such as a lack of social contacts.',
      },
    ]),
  },
  quadrant: {
    title: 'Four-quadrant model',
    question: 'Where do the initiatives in your neighbourhood stand? Place them on the model.',
    xAxis: { title: 'Nature of the initiative', negative: 'Individual', positive: 'Collective' },
    yAxis: { title: 'Who is involved?', negative: 'Professionals', positive: 'Residents' },
    quadrants: [
      {
        id: 'collective-residents',
        name: 'Collective, by residents',
        description:
          'Residents organise something together for a group, such as a citizens’ initiative.',
      },
      {
        id: 'collective-professionals',
        name: 'Collective, by professionals',
        description: 'Professionals offer or facilitate group provision.',
      },
      {
        id: 'individual-professionals',
        name: 'Individual, by professionals',
        description:
          'Individual support, such as a consultation hour or a kitchen-table conversation.',
      },
      {
        id: 'individual-residents',
        name: 'Individual, by residents',
        description:
          'Residents help each other one to one, such as neighbourly help or informal care.',
      },
    ],
    between: {
      name: 'In between',
      description:
        'These are sliding scales: an initiative can have a place in several quadrants, like the community centre where professionals are often present too. Where collective work by the neighbourhood team starts and stops, every team fills in differently.',
    },
    examples: [
      {
        id: 'example-community-centre',
        text: 'Community centre',
        x: 0.55,
        y: 0.05,
        note: 'Collective, with residents and often professionals: it sits in between.',
      },
      {
        id: 'example-morning-coffee',
        text: 'Morning coffee at the neighbourhood centre, every day',
        x: 0.45,
        y: -0.5,
        note: 'Being present in the neighbourhood: that is how you learn what people need.',
      },
      {
        id: 'example-residents-garden',
        text: 'Residents’ vegetable garden',
        x: 0.75,
        y: 0.75,
        note: 'A citizens’ initiative.',
      },
      {
        id: 'example-kitchen-table',
        text: 'Kitchen-table conversation',
        x: -0.8,
        y: -0.75,
        note: 'Individual support by a professional.',
      },
      {
        id: 'example-neighbour-help',
        text: 'Neighbours shop for each other',
        x: -0.6,
        y: 0.7,
        note: 'Informal help between residents.',
      },
      {
        id: 'example-money-group',
        text: 'Group course on dealing with money worries',
        x: 0.7,
        y: -0.65,
        note: 'Group provision by professionals.',
      },
    ],
  },
  barriers: {
    title: 'What gets in the way?',
    intro:
      'Neighbourhood teams do see why collective working matters, but they do not get round to it. Besides a lack of time, prevailing views stand in the way. Which do you recognise?',
    facts: [
      {
        id: 'fact-two-percent',
        text: 'Only 2% of 242 municipalities name collective provisions as one of the three tasks their neighbourhood teams spend most time on.',
      },
      {
        id: 'fact-forty-one-percent',
        text: '41% of municipalities say their neighbourhood teams do not get round to supporting collective initiatives enough.',
      },
    ],
    categories: [
      {
        id: 'barrier-mindset',
        title: 'How professionals think',
        items: recognisableTexts([
          {
            id: 'barrier-mindset-not-used',
            text: 'Thinking of collective options is not the habit.',
          },
          {
            id: 'barrier-mindset-individual',
            text: '“I am better at the individual, at smaller systems.”',
          },
          {
            id: 'barrier-mindset-habit',
            text: 'Past working habits make it hard to leave the consultation hour or the office.',
          },
          { id: 'barrier-mindset-urgency', text: 'The need is sometimes felt less.' },
        ]),
      },
      {
        id: 'barrier-questions',
        title: 'The nature of the requests for help',
        items: recognisableTexts([
          {
            id: 'barrier-questions-unsuited',
            text: 'Some requests for help suit a collective approach less well.',
          },
          {
            id: 'barrier-questions-image',
            text: 'Group activities do not always have a positive image.',
          },
          {
            id: 'barrier-questions-fragile',
            text: 'Existing community provisions are often not lasting, so they are fragile.',
          },
          {
            id: 'barrier-questions-competition',
            text: 'There is competition between social teams and their parent organisations.',
          },
        ]),
      },
      {
        id: 'barrier-conditions',
        title: 'Preconditions',
        items: recognisableTexts([
          { id: 'barrier-conditions-time', text: 'Collective work takes time!' },
          {
            id: 'barrier-conditions-area',
            text: 'The size of the working area affects how well you know the local services and networks.',
          },
          {
            id: 'barrier-conditions-cost',
            text: 'Cost-effectiveness matters less to professionals.',
          },
        ]),
      },
    ],
  },
  routeMap: {
    title: 'Route map for collective working',
    intro:
      'In a few steps you and your colleagues and partners in the social domain build a picture of problems that often occur in your municipality, neighbourhood or village, and look for a collective answer.',
    teamChoice: {
      title: 'Use collective working on purpose: make a choice as a neighbourhood team',
      points: [
        { id: 'team-choice-vision', text: 'A vision of collective working.' },
        { id: 'team-choice-position', text: 'Your role and position as a neighbourhood team.' },
        {
          id: 'team-choice-relationship',
          text: 'Actively investing in a good working relationship.',
        },
      ],
      quote:
        '“We realised: if we really want this, we have to work hard for it and invest in working together.”',
    },
    steps: [
      {
        id: 'explore',
        phase: 'Explore',
        title: 'Step 1. Explore the issue and use signals and data',
        intro: 'A view of common problems.',
        prompts: [
          {
            id: 'explore-signals',
            text: 'Start from what you and your team notice: which questions or problems keep coming back? Think of high-conflict divorces, money worries or loneliness.',
          },
          {
            id: 'explore-data',
            text: 'Gather information and data, for example on decisions granted, demographics and safety. Ask residents, their organisations and professionals too.',
          },
          {
            id: 'explore-complete',
            text: 'Check: what is going on, is the problem clear enough, is the picture complete?',
          },
        ],
      },
      {
        id: 'check',
        phase: 'CHECK',
        title: 'Are there already suitable provisions or activities for this issue?',
        intro: '',
        prompts: [
          {
            id: 'check-existing',
            text: 'Which provisions and activities exist, formal and informal? Where can you refer people to?',
          },
          {
            id: 'check-several',
            text: 'Are several provisions needed to answer the question? If so, how do they work together, and how do you keep them coherent and aligned?',
          },
          {
            id: 'check-fit',
            text: 'Do check whether the available provisions really match what residents need.',
          },
        ],
      },
      {
        id: 'connect',
        phase: 'Connect',
        title: 'Connect to what already exists',
        intro: 'There are enough suitable solutions or provisions.',
        prompts: [{ id: 'connect-referral', text: 'Check: can you refer people well?' }],
      },
      {
        id: 'plan',
        phase: 'Step 2',
        title: 'Step 2. Make a plan',
        intro: 'When several partners in the community are needed for the collective solution:',
        prompts: [
          {
            id: 'plan-ambitions',
            text: 'Share expectations and ambitions. Which problem do you want to solve or which opportunity to seize? What is the purpose? What is your vision and the result you want?',
          },
          {
            id: 'plan-working-group',
            text: 'Form a small working group and name who leads it (think of commitment, responsibility and mandate).',
          },
          {
            id: 'plan-residents',
            text: 'Involve residents and people with lived experience in the working group, or consult them regularly: they help find solutions that fit better.',
          },
          {
            id: 'plan-purpose',
            text: 'Discuss what you want to achieve and agree on the purpose and the goals together.',
          },
          {
            id: 'plan-roles',
            text: 'Agree on everyone’s role and contribution and write it down in a plan.',
          },
        ],
      },
      {
        id: 'execute',
        phase: 'Step 3',
        title: 'Step 3. Carrying it out: working on it together',
        intro: '',
        prompts: [
          {
            id: 'execute-ownership',
            text: 'The working group is responsible for running the collective provision or activity.',
          },
          {
            id: 'execute-monitor',
            text: 'Follow progress together, evaluate along the way and adjust where needed. Involve residents in the (interim) evaluation.',
          },
          { id: 'execute-celebrate', text: 'Celebrate interim successes and share the results.' },
        ],
      },
      {
        id: 'evaluate',
        phase: 'Evaluation',
        title: 'Evaluate and embed',
        intro: '',
        prompts: [
          {
            id: 'evaluate-effect',
            text: 'Does the provision or activity have the effect you wanted on the social issue? If not, go back to step 1.',
          },
          {
            id: 'evaluate-continue',
            text: 'What is needed for the provision or activity to continue, and how do you arrange it?',
          },
          {
            id: 'evaluate-working-group',
            text: 'Is the working group still needed (is there still something to push?) or can it become part of the regular provision?',
          },
        ],
      },
    ],
    check: {
      handsQuestion: 'Are there already suitable provisions or activities for this issue?',
      fitsCondition: 'Enough suitable solutions or provisions',
      fitsOutcome: 'Connect to them.',
      fitsFollowUp: 'Check: can you refer people well?',
      noFitCondition: 'No suitable solution or provision available',
      noFitOutcome: 'Then whose move is it?',
    },
  },
  municipality: {
    title: 'What can the municipality do to encourage and embed collective working?',
    points: [
      {
        id: 'municipality-assignment',
        text: 'As a municipality, give a clear mandate based on the idea “collective where possible, individual where necessary”.',
      },
      {
        id: 'municipality-support',
        text: 'Make clear in policy and in assignments to community organisations that the municipality supports collective working.',
      },
      {
        id: 'municipality-direction',
        text: 'When parties do not work together, or not well, on collective working, the municipality takes (temporary) charge.',
      },
    ],
    quote: '“The municipality sets the frame, the neighbourhood team fills in the content.”',
    successFactorsIntro:
      'Research in Haarlem into new ways of collective working by neighbourhood teams names three success factors:',
    successFactors: [
      {
        id: 'success-ownership',
        text: 'Increasing ownership and support within neighbourhood teams.',
      },
      {
        id: 'success-vision',
        text: 'A clear vision of the tasks and the mandate for collective working.',
      },
      { id: 'success-relationship', text: 'Building and using the relationship with residents.' },
    ],
  },
  lessons: lessonTexts([
    {
      id: 'lesson-1',
      text: 'Make sure you see the common problems and opportunities in the neighbourhood.',
    },
    {
      id: 'lesson-2',
      text: 'As a municipality, give a clear mandate based on “collective where possible, individual where necessary”.',
    },
    {
      id: 'lesson-3',
      text: 'Recognise that community development workers are needed, and arrange for them.',
    },
    {
      id: 'lesson-4',
      text: 'As partners in the neighbourhood, share expectations and ambitions with each other.',
    },
    { id: 'lesson-5', text: 'Name the shared interest together: it connects and activates.' },
    {
      id: 'lesson-6',
      text: 'Give priority to the task in the neighbourhood: everyone makes time.',
    },
    {
      id: 'lesson-7',
      text: 'Build trust in the working relationship: invest, seek each other out, get to work together and reflect, and keep doing so.',
    },
  ]),
  propositions: [
    {
      id: 'proposition-1',
      text: 'Once support has started individually, moving to a collective approach is very hard.',
      choices: defaultChoices('en'),
    },
    {
      id: 'proposition-2',
      text: 'Collective working is a cost-cutting measure.',
      choices: defaultChoices('en'),
    },
    {
      id: 'proposition-3',
      text: 'Let every resident with a support question start collectively.',
      choices: defaultChoices('en'),
    },
  ],
  takeawayQuestion: 'What do you take from this workshop back to your own neighbourhood?',
};
