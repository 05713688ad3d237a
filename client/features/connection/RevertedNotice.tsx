import { useMessages, type Messages } from '../../i18n';
import type { Reverted } from '../../session/connection';
import { useConnection, useSession } from '../../session/hooks';
import { Notice } from '../../ui/Notice';

function revertedMessage(m: Messages, reverted: Reverted): string {
  switch (reverted) {
    case 'board-locked':
    case 'outside-namespace':
    case 'entry-count':
      return m.reverted[reverted];
    case 'participant-storage':
    case 'session-storage':
      return m.reverted.storage;
    case 'update-too-costly':
    case 'schema':
    case 'unknown-root':
    case 'read-only':
    case 'server-only':
    case 'other':
      return m.reverted.other;
  }
}

/** Says that the relay refused part of our edits and the screen shows the shared state again. */
export function RevertedNotice() {
  const m = useMessages();
  const connection = useSession().connection;
  const reverted = useConnection((state) => state.reverted);
  if (reverted === null) return null;
  return (
    <Notice
      tone="warn"
      dismissLabel={m.reverted.dismiss}
      onDismiss={() => connection.setState({ reverted: null })}
    >
      {revertedMessage(m, reverted)}
    </Notice>
  );
}
