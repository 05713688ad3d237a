import type { Localised } from '../../i18n/localised';

/**
 * Its part of the programme editor, apart from strings.ts: only the facilitator opens the editor,
 * so these travel in the editor's lazy chunk, not in the participant's first load.
 */
const editorNl = {
  propositions: {
    title: 'Stellingen',
    intro: 'Stellingen staan klaar tot je ze opent. Keuzes liggen vast zodra iemand heeft gestemd.',
    text: 'Tekst van de stelling',
    item: (i: number) => `Stelling ${i}`,
    choices: 'Keuzes',
    choicesOf: (i: number) => `Keuzes bij stelling ${i}`,
    newChoiceOf: (i: number) => `Nieuwe keuze bij stelling ${i}`,
    textOf: (i: number) => `Tekst van stelling ${i}`,
    choice: (p: number, i: number) => `Stelling ${p}, keuze ${i}`,
    addChoice: 'Keuze toevoegen',
    choicesLocked: 'Er is al gestemd, dus de keuzes liggen vast. De tekst kun je nog verbeteren.',
    add: 'Stelling toevoegen',
    addText: 'Tekst van de nieuwe stelling',
    empty: 'Nog geen stellingen.',
  },
};

export const propositionsEditorStrings: Localised<typeof editorNl> = {
  nl: editorNl,
  en: {
    propositions: {
      title: 'Propositions',
      intro: 'Propositions wait until you open them. Choices are fixed once someone has voted.',
      text: 'Proposition text',
      item: (i: number) => `Proposition ${i}`,
      choices: 'Choices',
      choicesOf: (i: number) => `Choices of proposition ${i}`,
      newChoiceOf: (i: number) => `New choice for proposition ${i}`,
      textOf: (i: number) => `Text of proposition ${i}`,
      choice: (p: number, i: number) => `Proposition ${p}, choice ${i}`,
      addChoice: 'Add choice',
      choicesLocked: 'People have voted, so the choices are fixed. You can still improve the text.',
      add: 'Add proposition',
      addText: 'Text of the new proposition',
      empty: 'No propositions yet.',
    },
  },
};
