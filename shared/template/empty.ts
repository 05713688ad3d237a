import type { SessionContent } from './types';

/**
 * Content with no texts: what a CONTROL document reads as before it holds a session's content.
 * Deliberately not the built-in template: readers run in the participant's bundle, and both
 * built-in languages would add ~15 KB gzip to its first load.
 */
export function emptyContent(): SessionContent {
  const axis = { title: '', negative: '', positive: '' };
  return {
    intro: '',
    agenda: [],
    meanings: { title: '', definitions: [], items: [] },
    reasons: [],
    benefits: { title: '', intro: '', items: [] },
    quadrant: {
      title: '',
      question: '',
      xAxis: axis,
      yAxis: { ...axis },
      quadrants: [],
      between: { name: '', description: '' },
      examples: [],
    },
    barriers: { title: '', intro: '', facts: [], categories: [] },
    routeMap: {
      title: '',
      intro: '',
      teamChoice: { title: '', points: [], quote: '' },
      steps: [],
      check: {
        handsQuestion: '',
        fitsCondition: '',
        fitsOutcome: '',
        fitsFollowUp: '',
        noFitCondition: '',
        noFitOutcome: '',
      },
    },
    municipality: { title: '', points: [], quote: '', successFactorsIntro: '', successFactors: [] },
    lessons: [],
    takeawayQuestion: '',
  };
}
