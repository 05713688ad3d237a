import { useId, useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/core/protocol';
import { useMessages } from '../../i18n';
import { useControl } from '../../session/hooks';
import { Button } from '../../ui/Button';
import { useAllTakeaways, useTakeawayActions } from './useTakeaways';
import { Icon } from '../../ui/Icon';
import { ModerationTag } from '../moderation/ModerationTag';
import './takeaways.css';

/** "Wat neem je mee?": write takeaways, see your own and the group's. */
export function TakeawaysPanel() {
  const m = useMessages();
  const question = useControl((state) => state.content?.takeawayQuestion ?? '');
  // A locked session takes no new writing; the relay refuses it too (policy.ts).
  const locked = useControl((state) => state.live.boardLocked);
  const rows = useAllTakeaways();
  const { add, remove, participantId } = useTakeawayActions();
  const [text, setText] = useState('');
  const inputId = useId();
  const mine = rows.filter((row) => row.authorId === participantId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!locked && text.trim() !== '' && add(text.trim())) setText('');
  };

  return (
    <div className="quadrant-layout">
      <form className="card stack" onSubmit={submit}>
        <label className="field__label" htmlFor={inputId} style={{ fontSize: 18 }}>
          {question === '' ? m.takeaways.label : question}
        </label>
        <textarea
          id={inputId}
          className="textarea"
          value={text}
          maxLength={LIMITS.takeawayTextMaxLength}
          placeholder={m.takeaways.placeholder}
          disabled={locked}
          onChange={(event) => setText(event.target.value)}
        />
        <div>
          <Button type="submit" variant="primary" disabled={locked || text.trim() === ''}>
            {m.takeaways.add}
          </Button>
        </div>
        <h2 style={{ fontSize: 16 }}>{m.takeaways.yours}</h2>
        {mine.length === 0 ? (
          <p className="muted">{m.takeaways.empty}</p>
        ) : (
          <ul className="takeaway-list">
            {mine.map((row) => (
              <li key={row.id} className="takeaway row">
                <span className="spacer">
                  {row.text}
                  <ModerationTag visibility={row.visibility} />
                </span>
                <Button
                  size="small"
                  variant="ghost"
                  aria-label={`${m.common.delete}: ${row.text}`}
                  disabled={locked}
                  onClick={() => remove(row.id)}
                >
                  <Icon name="trash" />
                </Button>
              </li>
            ))}
          </ul>
        )}
      </form>
      <section className="stack stack--tight" aria-label={m.takeaways.all}>
        <h2 style={{ fontSize: 16 }}>{m.takeaways.all}</h2>
        {rows.length === 0 ? (
          <p className="muted">{m.takeaways.empty}</p>
        ) : (
          <ul className="takeaway-list">
            {rows.map((row) => (
              <li key={row.id} className="takeaway">
                {row.text}
                <div className="takeaway__author">{row.authorName}</div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
