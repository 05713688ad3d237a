import type { Language } from '../../core/protocol';
import type { Choice } from '../../core/layout';

/** The default answers to a proposition. Ids are language-neutral so tallies compare across languages. */
export const DEFAULT_CHOICE_IDS = ['agree', 'neutral', 'disagree'] as const;

const LABELS: Record<Language, Record<(typeof DEFAULT_CHOICE_IDS)[number], string>> = {
  nl: { agree: 'Eens', neutral: 'Neutraal', disagree: 'Oneens' },
  en: { agree: 'Agree', neutral: 'Neutral', disagree: 'Disagree' },
};

/** A fresh array each call: templates are edited in place by the facilitator's tools. */
export function defaultChoices(lang: Language): Choice[] {
  return DEFAULT_CHOICE_IDS.map((choiceId) => ({ id: choiceId, label: LABELS[lang][choiceId] }));
}
