/**
 * shared/ answers in English for developers ("title: must not be empty"); the editor shows the
 * same error in the page's language. The decoders' few sentence shapes are matched here; an
 * error this does not know is still shown, in shared's words, rather than hidden.
 */
import type { ActionError } from '../../../shared/core/errors';
import type { EditorMessages } from '../../i18n/editor';

type Translation = [RegExp, (errors: EditorMessages['errors'], match: RegExpExecArray) => string];

const TRANSLATIONS: readonly Translation[] = [
  [/^must not be empty$/, (errors) => errors.empty],
  [/^must be at most (\d+) characters$/, (errors, match) => errors.tooLong(match[1] ?? '')],
  [
    /^must be between (-?[\d.]+) and (-?[\d.]+)$/,
    (errors, match) => errors.range(match[1] ?? '', match[2] ?? ''),
  ],
  [/^must be a whole number$/, (errors) => errors.wholeNumber],
  [/^must have at least (\d+) items?$/, (errors, match) => errors.atLeast(match[1] ?? '')],
  [/^must have at most (\d+) items$/, (errors, match) => errors.atMost(match[1] ?? '')],
  [/duplicate/, (errors) => errors.duplicate],
];

/** The part after "path: " that invalidInput puts in front of a decoder's message. */
function withoutPath(error: ActionError): string {
  const prefix = error.field === undefined ? '' : `${error.field}: `;
  return prefix !== '' && error.message.startsWith(prefix)
    ? error.message.slice(prefix.length)
    : error.message;
}

export function errorText(m: EditorMessages, error: ActionError): string {
  if (error.code === 'has-votes')
    return error.field === 'choices' ? m.errors.choicesHaveVotes : m.errors.hasVotes;
  const message = withoutPath(error);
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = pattern.exec(message);
    if (match !== null) return translate(m.errors, match);
  }
  return message;
}
