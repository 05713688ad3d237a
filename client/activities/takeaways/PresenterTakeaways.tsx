import { AnimatePresence, m as motion } from 'framer-motion';
import { useMessages } from '../../i18n';
import { useControl } from '../../session/hooks';
import { useAllTakeaways } from './useTakeaways';
import './takeaways.stage.css';

/** The takeaways wall: every takeaway appears as it is written. */
export function PresenterTakeaways() {
  const m = useMessages();
  const question = useControl((state) => state.content?.takeawayQuestion ?? '');
  const rows = useAllTakeaways();
  return (
    <div className="stack">
      {question === '' ? null : <p className="presenter-question">{question}</p>}
      {rows.length === 0 ? (
        <p className="empty">{m.takeaways.empty}</p>
      ) : (
        <ul className="takeaway-wall">
          <AnimatePresence initial={false}>
            {rows.map((row) => (
              <motion.li
                key={row.id}
                className="takeaway"

                initial={{ opacity: 0, y: 12 }}
                animate={{ opacity: 1, y: 0 }}
                exit={{ opacity: 0 }}
              >
                {row.text}
                <div className="takeaway__author">{row.authorName}</div>
              </motion.li>
            ))}
          </AnimatePresence>
        </ul>
      )}
    </div>
  );
}
