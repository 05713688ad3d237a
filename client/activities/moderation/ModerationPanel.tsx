import { useMemo } from 'react';
import { useStore } from 'zustand';
import { setPremoderation, visibilityOf } from '../../../shared/session/moderation';
import { useMessages } from '../../i18n';
import { useBoard, useControl, useSession } from '../../session/hooks';
import { useReportRefusal } from '../refusals';
import { ModerationRow } from './ModerationRow';
import './moderation.css';

type Text = { root: string; authorId: string; entryId: string; text: string; createdAt: number };

/** Every participant's text in the moderated roots, oldest first (the console sees them all). */
function useAllTexts(): Text[] {
  const notes = useStore(useSession().initiatives, (state) => state.byId);
  const routeNotes = useBoard((state) => state.routeNotes);
  const takeaways = useBoard((state) => state.takeaways);
  return useMemo(() => {
    const texts: Text[] = Object.values(notes).map((note) => ({
      root: 'initiatives',
      authorId: note.authorId,
      entryId: note.id,
      text: note.text,
      createdAt: note.createdAt,
    }));
    const add = (
      root: string,
      byAuthor: Record<string, Record<string, { text: string; createdAt: number }>>,
    ) => {
      for (const [authorId, entries] of Object.entries(byAuthor))
        for (const [entryId, entry] of Object.entries(entries))
          texts.push({ root, authorId, entryId, text: entry.text, createdAt: entry.createdAt });
    };
    add('routeNotes', routeNotes);
    add('takeaways', takeaways);
    return texts.sort((a, b) => a.createdAt - b.createdAt);
  }, [notes, routeNotes, takeaways]);
}

/**
 * The console's moderation, whatever item is live: the pre-moderation switch and the queue of
 * texts waiting for approval, then the route notes and takeaways (the board's notes have their
 * own list with the quadrant). Only the console renders it: the projector has no such panel.
 */
export function ModerationPanel() {
  const m = useMessages();
  const session = useSession();
  const report = useReportRefusal();
  const premoderation = useControl((state) => state.settings.premoderation);
  const moderation = useControl((state) => state.moderation);
  const participants = useBoard((state) => state.participants);
  const texts = useAllTexts();
  const withState = texts.map((text) => ({
    ...text,
    visibility: visibilityOf(moderation, premoderation, text),
  }));
  const waiting = withState.filter((text) => text.visibility === 'pending');
  const others = withState.filter(
    (text) => text.visibility !== 'pending' && text.root !== 'initiatives',
  );
  const row = (text: Text) => (
    <ModerationRow
      key={`${text.root}/${text.authorId}/${text.entryId}`}
      text={text.text}
      authorName={participants[text.authorId]?.name ?? ''}
      refTo={{ root: text.root, authorId: text.authorId, entryId: text.entryId }}
    />
  );
  return (
    <section className="stack stack--tight moderation-panel" aria-labelledby="moderation-title">
      <h2 id="moderation-title" className="console-part__title">
        {m.moderation.title}
        {waiting.length > 0 ? ` · ${m.moderation.waiting(waiting.length)}` : ''}
      </h2>
      <label className="moderation-panel__switch">
        <input
          type="checkbox"
          checked={premoderation}
          onChange={(event) =>
            report(setPremoderation(session.docs.control, session.docs.board, event.target.checked))
          }
        />
        {m.moderation.premoderation}
      </label>
      <p className="moderation-panel__hint">{m.moderation.premoderationHint}</p>
      {waiting.length === 0 ? null : <ul className="moderation-list">{waiting.map(row)}</ul>}
      {others.length === 0 ? null : (
        <details>
          <summary>
            {m.moderation.routeNotes} · {m.moderation.takeaways} ({others.length})
          </summary>
          <ul className="moderation-list">{others.map(row)}</ul>
        </details>
      )}
    </section>
  );
}
