import { useEffect } from 'react';
import { useI18n } from '../i18n';
import { useControl } from './hooks';

/** The UI speaks the session's language (unless `?lang=` forces another). */
export function useSessionLanguage(): void {
  const { setSessionLang } = useI18n();
  const lang = useControl((state) => state.meta?.lang ?? null);
  useEffect(() => {
    setSessionLang(lang);
  }, [lang, setSessionLang]);
}
