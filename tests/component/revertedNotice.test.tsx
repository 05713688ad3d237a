// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RevertedNotice } from '../../client/features/connection/RevertedNotice';
import { I18nContext } from '../../client/i18n';
import { en } from '../../client/i18n/en';
import { SessionContext } from '../../client/session/hooks';
import { localSession } from '../../client/session/session';
import { sessionDocs } from './fixtures';
import { participantId as asParticipantId } from '../../shared/core/ids';

afterEach(cleanup);

function renderNotice(lang: 'nl' | 'en' = 'nl') {
  const session = localSession(
    'ABCDEFGH',
    {
      role: 'participant',
      participantId: asParticipantId('me'),
      participantToken: 't',
      name: 'Ik',
    },
    sessionDocs([{ id: 'me', name: 'Ik' }]),
  );
  const notice = (
    <SessionContext.Provider value={session}>
      <RevertedNotice />
    </SessionContext.Provider>
  );
  render(
    lang === 'nl' ? (
      notice
    ) : (
      <I18nContext.Provider value={{ lang: 'en', m: en, setSessionLang: () => undefined }}>
        {notice}
      </I18nContext.Provider>
    ),
  );
  return session;
}

describe('the notice after a refused edit', () => {
  it('says nothing while nothing was refused', () => {
    renderNotice();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the lock, in Dutch, until dismissed', () => {
    const session = renderNotice();
    act(() => session.connection.setState({ reverted: 'board-locked' }));
    expect(screen.getByRole('alert').textContent).toContain('Het schrijven is vergrendeld');
    fireEvent.click(screen.getByRole('button', { name: 'Melding sluiten' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(session.connection.getState().reverted).toBeNull();
  });

  it('gives the general message for other refusals, in English', () => {
    const session = renderNotice('en');
    act(() => session.connection.setState({ reverted: 'read-only' }));
    expect(screen.getByRole('alert').textContent).toContain('Part of your changes was refused');
    expect(screen.getByRole('button', { name: 'Dismiss message' })).toBeDefined();
  });
});
