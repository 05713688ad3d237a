/**
 * What a new session starts with: the built-in or an uploaded template, or a restored backup.
 * All the work is shared/'s (pure functions on fresh documents); this file only picks which.
 */
import * as Y from 'yjs';
import { initializeSession } from '../../shared/session/session';
import { type FieldError, fieldError } from '../../shared/core/errors';
import { restoreBackup } from '../../shared/session/export';
import type { Language } from '../../shared/core/protocol';
import { type Result, err, ok } from '../../shared/core/result';
import { builtInTemplate, validateTemplate } from '../../shared/template';
import type { NewSessionDocs } from './registry';
import type { SealedContent } from '../ballots/seal';

export type SessionSource = {
  title: string;
  lang: Language;
  includeExamples: boolean;
  /** Uploaded template JSON (validated here), or undefined for the built-in one. */
  template: unknown;
};

export type ContentError = { message: string; fields: FieldError[] };

export function buildSessionDocs(
  source: SessionSource,
  createdAt: number,
): Result<NewSessionDocs, ContentError> {
  const template =
    source.template === undefined
      ? ok(builtInTemplate(source.lang))
      : validateTemplate(source.template);
  if (!template.ok) return err({ message: 'template is not valid', fields: template.error });
  const control = new Y.Doc();
  const board = new Y.Doc();
  initializeSession(control, board, {
    title: source.title,
    lang: source.lang,
    template: template.value,
    createdAt,
    includeExamples: source.includeExamples,
  });
  return ok({ control, board });
}

/**
 * A new session from a backup file (session.json): everything comes from the backup. Its sealed
 * ballots open only with this server's seal key; a backup sealed elsewhere is refused rather than
 * restored without its votes.
 */
export function restoreSessionDocs(
  backup: unknown,
  openSealed: (sealed: string) => SealedContent | null,
): Result<NewSessionDocs, ContentError> {
  const control = new Y.Doc();
  const board = new Y.Doc();
  const restored = restoreBackup(backup, control, board);
  if (!restored.ok) return err({ message: 'backup is not valid', fields: restored.error });
  const { sealedBallots } = restored.value;
  const ballots = sealedBallots === undefined ? undefined : openSealed(sealedBallots);
  if (ballots === null) {
    return err({
      message: 'backup is not valid',
      fields: [fieldError('sealedBallots', { code: 'sealed-elsewhere' })],
    });
  }
  return ok({
    control,
    board,
    ...(ballots === undefined
      ? {}
      : { ballots: { ballotKey: ballots.ballotKey, state: ballots.state } }),
  });
}
