import type { Language } from '../core/protocol';
import type { WorkshopTemplate } from './types';
import { workshopNl } from './nl';
import { workshopEn } from './en';

const BUILT_IN: Record<Language, WorkshopTemplate> = { nl: workshopNl, en: workshopEn };

/** A deep copy: callers edit templates, and the built-in one must stay as written. */
export function builtInTemplate(lang: Language): WorkshopTemplate {
  return structuredClone(BUILT_IN[lang]);
}
