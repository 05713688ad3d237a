// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setCurrentAgendaItem } from '../../shared/activities/agenda/actions';
import { readContentPart } from '../../shared/session/schema/readControl';
import { useFacilitatorAgenda } from '../../client/activities/agenda/useFacilitatorAgenda';
import { ReadyButton } from '../../client/activities/readiness/ReadyButton';
import { RefusalsProvider, RefusedNotice } from '../../client/activities/refusals';
import { SessionContext } from '../../client/session/hooks';
import { localSession, type SessionDocs } from '../../client/session/session';
import { sessionDocs } from './fixtures';
import { participantId as asParticipantId } from '../../shared/core/ids';
import type { ReactNode } from 'react';

afterEach(cleanup);

const REFUSED = 'Dat ging niet: er is niets veranderd.';

function renderScreen(docs: SessionDocs, role: 'participant' | 'facilitator', children: ReactNode) {
  const session = localSession(
    'ABCDEFGH',
    role === 'participant'
      ? { role, participantId: asParticipantId('me'), participantToken: 't', name: 'Ik' }
      : { role, facilitatorKey: 'k' },
    docs,
  );
  return render(
    <SessionContext.Provider value={session}>
      <RefusalsProvider>
        <RefusedNotice />
        {children}
      </RefusalsProvider>
    </SessionContext.Provider>,
  );
}

function NextButton() {
  const actions = useFacilitatorAgenda();
  return (
    <button type="button" onClick={actions.next}>
      volgende
    </button>
  );
}

describe('a refused action', () => {
  it('tells the participant that their "done" was not recorded, until they dismiss it', () => {
    const docs = sessionDocs([{ id: 'me', name: 'Ik' }]);
    // An agenda item id the shared action refuses (not a safe id): the click changes nothing.
    renderScreen(
      docs,
      'participant',
      // @ts-expect-error a malformed id, as a forged update would carry it
      <ReadyButton agendaItemId="not a valid id!" />,
    );
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Ik ben klaar' }));

    expect(screen.getByRole('alert').textContent).toContain(REFUSED);
    expect(screen.getByRole('alert').textContent).toContain('Wat je invulde klopt niet.');
    fireEvent.click(screen.getByRole('button', { name: 'Melding sluiten' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells the facilitator that "next" on the last item went nowhere', () => {
    const docs = sessionDocs();
    const agenda = readContentPart(docs.control, 'agenda');
    const last = agenda[agenda.length - 1];
    if (last === undefined) throw new Error('the built-in programme has items');
    expect(setCurrentAgendaItem(docs.control, last.id).ok).toBe(true);
    renderScreen(docs, 'facilitator', <NextButton />);

    fireEvent.click(screen.getByRole('button', { name: 'volgende' }));

    expect(screen.getByRole('alert').textContent).toContain(REFUSED);
    // Says why, from the error's code: the programme has no item after the last.
    expect(screen.getByRole('alert').textContent).toContain(
      'Je bent al bij het laatste onderdeel.',
    );
  });

  it('shows nothing when the action goes through', () => {
    const docs = sessionDocs([{ id: 'me', name: 'Ik' }]);
    const first = readContentPart(docs.control, 'agenda')[0];
    if (first === undefined) throw new Error('the built-in programme has items');
    renderScreen(docs, 'participant', <ReadyButton agendaItemId={first.id} />);

    fireEvent.click(screen.getByRole('button', { name: 'Ik ben klaar' }));

    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Ik ben klaar' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });
});
