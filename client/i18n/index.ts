import { createContext, useContext } from 'react';
import { LANGUAGES, type Language } from '../../shared/core/protocol';
import { en } from './en';
import { nl, type Messages } from './nl';

export type { Messages };

const MESSAGES: Record<Language, Messages> = { nl, en };

export function messagesFor(lang: Language): Messages {
  return MESSAGES[lang];
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** `?lang=nl|en` beats everything: a facilitator can hand out a link in a chosen language. */
export function forcedLanguage(search: string): Language | null {
  const value = new URLSearchParams(search).get('lang');
  return isLanguage(value) ? value : null;
}

/**
 * The forced language, else the session's language (once known), else Dutch:
 * the workshop material is Dutch, so a Dutch room never sees English chrome by surprise.
 */
export function resolveLanguage(search: string, sessionLang: Language | null): Language {
  return forcedLanguage(search) ?? sessionLang ?? 'nl';
}

export type I18n = { lang: Language; m: Messages; setSessionLang: (lang: Language | null) => void };

export const I18nContext = createContext<I18n>({
  lang: 'nl',
  m: nl,
  setSessionLang: () => undefined,
});

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** Shorthand for components that only need the strings. */
export function useMessages(): Messages {
  return useContext(I18nContext).m;
}
