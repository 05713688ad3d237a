import type { Localised } from '../../i18n/localised';

/**
 * Its part of the programme editor, apart from strings.ts: only the facilitator opens the editor,
 * so these travel in the editor's lazy chunk, not in the participant's first load.
 */
const editorNl = {
  routemap: {
    title: 'Routekaart',
    mapTitle: 'Titel van de routekaart',
    mapIntro: 'Inleiding',
    phase: 'Fase',
    stepTitle: 'Titel van de stap',
    stepIntro: 'Toelichting bij de stap',
    prompts: 'Vragen bij deze stap',
    prompt: (i: number) => `Vraag ${i}`,
    addPrompt: 'Vraag toevoegen',
    newPrompt: 'Nieuwe vraag',
    handsQuestion: 'Vraag voor de handopsteking bij de CHECK',
    noPrompts: 'Geen vragen bij deze stap.',
  },
};

export const routeMapEditorStrings: Localised<typeof editorNl> = {
  nl: editorNl,
  en: {
    routemap: {
      title: 'Route map',
      mapTitle: 'Route map title',
      mapIntro: 'Introduction',
      phase: 'Phase',
      stepTitle: 'Step title',
      stepIntro: 'Step description',
      prompts: 'Questions for this step',
      prompt: (i: number) => `Question ${i}`,
      addPrompt: 'Add question',
      newPrompt: 'New question',
      handsQuestion: 'Show-of-hands question at the CHECK',
      noPrompts: 'No questions for this step.',
    },
  },
};
