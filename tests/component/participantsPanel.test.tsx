// @vitest-environment jsdom
/**
 * The facilitator's participant list: who joined, the doors switch, the cap, and removal with a
 * confirm step. The HTTP hop is replaced by what the server does on the documents (the same
 * shared actions), so the list reacts exactly as it does to the relay's update.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addInitiative } from '../../shared/activities/quadrant/initiatives';
import {
  removeParticipantRecord,
  removeParticipantTexts,
} from '../../shared/session/participantRemoval';
import { openProposition } from '../../shared/activities/propositions/actions';
import { castVote } from '../helpers/ballots';
import { ok } from '../../shared/core/result';
import { readBoard, readControl } from '../../shared/session/schema';
import { readSettings } from '../../shared/session/schema/readControl';
import { ParticipantsPanel } from '../../client/features/participants/ParticipantsPanel';
import type { RemovalApi } from '../../client/features/participants/useRoomControl';
import { VotersVsPresent } from '../../client/features/participants/VotersVsPresent';
import { SessionContext } from '../../client/session/hooks';
import { localSession } from '../../client/session/session';
import { sessionDocs } from './fixtures';
import { participantId as asParticipantId } from '../../shared/core/ids';

afterEach(cleanup);

function setUp() {
  const docs = sessionDocs([
    { id: 'alice', name: 'Alice' },
    { id: 'bob', name: 'Bob' },
  ]);
  for (const text of ['een', 'twee'])
    addInitiative(docs.board, asParticipantId('alice'), { text, x: 0, y: 0, at: 2 });
  const session = localSession('ABCDEFGH', { role: 'facilitator', facilitatorKey: 'k' }, docs);
  const calls: string[] = [];
  const api: RemovalApi = {
    remove: (target, texts) => {
      calls.push(`remove ${target} texts=${texts}`);
      const removed = texts ? removeParticipantTexts(docs.board, asParticipantId(target)) : ok(0);
      removeParticipantRecord(docs.board, asParticipantId(target));
      return Promise.resolve(removed.ok ? ok(removed.value) : ok(0));
    },
    removeTexts: (target) => {
      calls.push(`texts ${target}`);
      const removed = removeParticipantTexts(docs.board, asParticipantId(target));
      return Promise.resolve(ok(removed.ok ? removed.value : 0));
    },
  };
  const view = render(
    <SessionContext.Provider value={session}>
      <ParticipantsPanel api={api} />
      <VotersVsPresent />
    </SessionContext.Provider>,
  );
  return { docs, calls, view };
}

const rows = (): string[] =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');

describe('the participant list on the console', () => {
  it('lists who joined and removes a participant with their texts only after confirming', async () => {
    const { docs, calls } = setUp();
    expect(rows()).toEqual(['Alice', 'Bob']);
    expect(screen.getAllByText('Niet verbonden')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Alice uit de sessie verwijderen' }));
    expect(calls).toEqual([]);
    const confirm = screen.getByRole('group', { name: 'Alice uit de sessie verwijderen' });
    fireEvent.click(within(confirm).getByRole('checkbox', { name: /Ook alle teksten/ }));
    await act(async () => {
      fireEvent.click(within(confirm).getByRole('button', { name: 'Ja, verwijderen' }));
    });

    expect(calls).toEqual(['remove alice texts=true']);
    expect(rows()).toEqual(['Bob']);
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('Alice is verwijderd.');
    expect(readBoard(docs.board).initiatives['alice']).toEqual({});
  });

  it('does nothing when the facilitator cancels', () => {
    const { calls } = setUp();
    fireEvent.click(screen.getByRole('button', { name: 'Bob uit de sessie verwijderen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('group', { name: 'Bob uit de sessie verwijderen' })).toBeNull();
    expect(calls).toEqual([]);
    expect(rows()).toEqual(['Alice', 'Bob']);
  });

  it('deletes only the texts of one participant, who stays on the list', async () => {
    const { docs, calls } = setUp();
    fireEvent.click(screen.getByRole('button', { name: 'Alle teksten van Alice wissen' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Ja, teksten wissen' }));
    });
    expect(calls).toEqual(['texts alice']);
    expect(screen.getByText('2 teksten van Alice gewist.')).toBeTruthy();
    expect(rows()).toEqual(['Alice', 'Bob']);
    expect(readBoard(docs.board).initiatives['alice']).toEqual({});
  });

  it('closes the doors and changes the cap within its bounds', () => {
    const { docs } = setUp();
    fireEvent.click(screen.getByRole('switch', { name: 'Deuren dicht' }));
    expect(readSettings(docs.control).doorsClosed).toBe(true);
    const cap = screen.getByRole('textbox', { name: 'Maximum aantal deelnemers' });
    fireEvent.change(cap, { target: { value: '0' } });
    expect(cap.getAttribute('aria-invalid')).toBe('true');
    fireEvent.keyDown(cap, { key: 'Enter' });
    expect(readSettings(docs.control).participantCap).toBe(250);
    fireEvent.change(cap, { target: { value: '30' } });
    fireEvent.keyDown(cap, { key: 'Enter' });
    expect(readSettings(docs.control).participantCap).toBe(30);
  });

  it('shows voters beside the people present, and warns when votes outnumber the room', () => {
    const { docs } = setUp();
    expect(screen.queryByText(/stemmer/)).toBeNull();
    const proposition = readControl(docs.control).propositions[0];
    const choice = proposition?.choices[0]?.id ?? '';
    act(() => {
      if (proposition === undefined) return;
      openProposition(docs.control, proposition.id);
      for (const voter of ['alice', 'bob'])
        castVote(docs.control, {
          participantId: asParticipantId(voter),
          propositionId: proposition.id,
          choiceId: choice,
        });
    });
    const chip = screen.getByRole('status', { name: /Stemmers tegenover aanwezige/ });
    expect(chip.textContent).toContain('2 stemmers · 0 aanwezig');
    expect(chip.className).toContain('voters-chip--warn');
  });
});
