import type { Localised } from '../../i18n/localised';

/** The propositions' strings: voting, results, the projector's controls. */
const nl = {
  propositions: {
    title: 'Stellingen',
    none: 'Er staat nog geen stelling open.',
    waitingOpen: 'Wacht tot de facilitator een stelling opent.',
    yourVote: 'Jouw stem',
    votePrompt: 'Wat vind jij?',
    voteSaved: 'Stem opgeslagen. Je kunt hem wijzigen zolang de stemming open is.',
    voteFailed: 'Je stem kon niet worden opgeslagen. Probeer het opnieuw.',
    withdraw: 'Stem intrekken',
    closedWaiting: 'De stemming is gesloten. De uitslag volgt.',
    hiddenResults: 'De uitslag is verborgen tot de facilitator hem toont.',
    votes: (n: number) => (n === 1 ? '1 stem' : `${n} stemmen`),
    open: 'Stemming openen',
    close: 'Stemming sluiten',
    reveal: 'Uitslag tonen',
    reopen: 'Opnieuw openen',
    byPerspective: 'Per perspectief',
    tooFewToShow: 'Te weinig stemmen om apart te tonen (telt mee in het totaal).',
    liveResults: 'Uitslag meteen tonen (zonder onthullen)',
    overall: 'Totaal',
    state: {
      draft: 'Nog niet geopend',
      open: 'Open',
      closed: 'Gesloten',
      revealed: 'Uitslag zichtbaar',
    },
    select: (i: number) => `Stelling ${i}`,
    result: (label: string, count: number, percent: number) => `${label}: ${count} (${percent}%)`,
  },
};

export const propositionsStrings: Localised<typeof nl> = {
  nl,
  en: {
    propositions: {
      title: 'Propositions',
      none: 'No proposition is open yet.',
      waitingOpen: 'Wait for the facilitator to open a proposition.',
      yourVote: 'Your vote',
      votePrompt: 'What do you think?',
      voteSaved: 'Vote saved. You can change it while voting is open.',
      voteFailed: 'Your vote could not be saved. Please try again.',
      withdraw: 'Withdraw vote',
      closedWaiting: 'Voting is closed. The result follows.',
      hiddenResults: 'The result is hidden until the facilitator reveals it.',
      votes: (n: number) => (n === 1 ? '1 vote' : `${n} votes`),
      open: 'Open voting',
      close: 'Close voting',
      reveal: 'Reveal result',
      reopen: 'Reopen',
      byPerspective: 'By perspective',
      tooFewToShow: 'Too few votes to show separately (counted in the total).',
      liveResults: 'Show results at once (no reveal)',
      overall: 'Overall',
      state: {
        draft: 'Not opened yet',
        open: 'Open',
        closed: 'Closed',
        revealed: 'Result visible',
      },
      select: (i: number) => `Proposition ${i}`,
      result: (label: string, count: number, percent: number) => `${label}: ${count} (${percent}%)`,
    },
  },
};
