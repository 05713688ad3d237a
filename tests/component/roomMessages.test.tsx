// @vitest-environment jsdom
/** What a person sees when the room refuses them: at the join form, and after a removal. */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ParticipantShell } from '../../client/views/participant/ParticipantShell';
import { JoinForm } from '../../client/views/participant/JoinForm';
import type { JoinFailure } from '../../client/views/participant/useJoin';
import { I18nContext, messagesFor } from '../../client/i18n';
import { SessionContext } from '../../client/session/hooks';
import { localSession } from '../../client/session/session';
import { sessionDocs } from './fixtures';
import { participantId as asParticipantId } from '../../shared/core/ids';

afterEach(cleanup);

function joinForm(failure: JoinFailure, lang: 'nl' | 'en' = 'nl') {
  return render(
    <I18nContext.Provider value={{ lang, m: messagesFor(lang), setSessionLang: () => undefined }}>
      <JoinForm code="ABCDEFGH" title="" submitting={false} failure={failure} onJoin={() => {}} />
    </I18nContext.Provider>,
  );
}

describe('join refusals', () => {
  it.each([
    ['doors-closed', /De deuren zijn dicht/, /The doors are closed/],
    ['session-full', /Deze sessie is vol/, /This session is full/],
    ['join-rate', /Wacht een minuut/, /Wait a minute/],
  ] as const)('%s is said in Dutch and in English', (failure, dutch, english) => {
    joinForm(failure);
    expect(screen.getByRole('alert').textContent).toMatch(dutch);
    cleanup();
    joinForm(failure, 'en');
    expect(screen.getByRole('alert').textContent).toMatch(english);
  });
});

describe('a removed participant', () => {
  it('sees that they were removed instead of a board that keeps reconnecting', () => {
    const docs = sessionDocs([{ id: 'alice', name: 'Alice' }]);
    const session = localSession(
      'ABCDEFGH',
      {
        role: 'participant',
        participantId: asParticipantId('alice'),
        participantToken: 't',
        name: 'Alice',
      },
      docs,
    );
    render(
      <SessionContext.Provider value={session}>
        <ParticipantShell name="Alice" />
      </SessionContext.Provider>,
    );
    expect(screen.queryByText(/uit de sessie verwijderd|removed you/)).toBeNull();
    act(() => session.connection.setState({ refusal: 'removed' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Je bent uit de sessie verwijderd/);
  });
});
