import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../shared/core/protocol';
import { I18nContext, messagesFor, resolveLanguage, type I18n } from '../i18n';
import { useSearch } from './router';

/** Holds the session's language (set by a view once it knows it) and applies `?lang=`. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const search = useSearch();
  const [sessionLang, setSessionLang] = useState<Language | null>(null);
  const lang = resolveLanguage(search, sessionLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18n>(() => ({ lang, m: messagesFor(lang), setSessionLang }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
