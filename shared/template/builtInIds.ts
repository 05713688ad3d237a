/**
 * The built-in workshops (nl.ts, en.ts) write their ids as plain strings; these helpers brand a
 * whole list at once with the id constructors, so no literal needs a cast. A malformed id throws
 * when the module loads, which the template tests catch.
 */
import { type LessonId, type ReasonId, agendaItemId, lessonId, reasonId } from '../core/ids';
import type { AgendaItem, Reason, TextItem } from './types';

type WithPlainId<T extends { id: string }> = Omit<T, 'id'> & { id: string };

export const agendaItems = (items: readonly WithPlainId<AgendaItem>[]): AgendaItem[] =>
  items.map((item) => ({ ...item, id: agendaItemId(item.id) }));

export const reasonItems = (items: readonly WithPlainId<Reason>[]): Reason[] =>
  items.map((item) => ({ ...item, id: reasonId(item.id) }));

/** Benefits and barriers: texts participants recognise, in the same map as the reasons. */
export const recognisableTexts = (items: readonly TextItem[]): TextItem<ReasonId>[] =>
  items.map((item) => ({ ...item, id: reasonId(item.id) }));

export const lessonTexts = (items: readonly TextItem[]): TextItem<LessonId>[] =>
  items.map((item) => ({ ...item, id: lessonId(item.id) }));
