import { useI18n } from '..';
import { editorEn } from './en';
import { editorNl, type EditorMessages } from './nl';

export type { EditorMessages };

/** The editor's strings in the page's language (same rule as the rest of the app). */
export function useEditorMessages(): EditorMessages {
  return useI18n().lang === 'en' ? editorEn : editorNl;
}
