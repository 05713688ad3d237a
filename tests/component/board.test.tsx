// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addInitiative, moveInitiative } from '../../shared/activities/quadrant/initiatives';
import { ParticipantQuadrant } from '../../client/activities/quadrant/ParticipantQuadrant';
import { SessionContext } from '../../client/session/hooks';
import { localSession } from '../../client/session/session';
import { sessionDocs, syncInto } from './fixtures';
import {
  initiativeId as asInitiativeId,
  participantId as asParticipantId,
} from '../../shared/core/ids';

afterEach(cleanup);

const PEOPLE = Array.from({ length: 10 }, (_, index) => ({
  id: `p${index}`,
  name: `Persoon ${index}`,
}));

function fullBoard() {
  const docs = sessionDocs([{ id: 'me', name: 'Ik' }, ...PEOPLE]);
  const remote = new Y.Doc();
  syncInto(docs.board, remote);
  const ids: string[] = [];
  for (const person of PEOPLE) {
    for (let index = 0; index < 50; index += 1) {
      const result = addInitiative(remote, asParticipantId(person.id), {
        text: `${person.name} idee ${index}`,
        x: 0.1,
        y: 0.1,
        at: 1000 + index,
      });
      if (result.ok) ids.push(result.value);
    }
  }
  syncInto(remote, docs.board);
  const session = localSession(
    'ABCDEFGH',
    {
      role: 'participant',
      participantId: asParticipantId('me'),
      participantToken: 't',
      name: 'Ik',
    },
    docs,
  );
  return { docs, remote, ids, session };
}

describe('the participant board', () => {
  it('renders 500 notes and a remote move touches only the moved note in the DOM', () => {
    const { docs, remote, ids, session } = fullBoard();
    const view = render(
      <SessionContext.Provider value={session}>
        <ParticipantQuadrant />
      </SessionContext.Provider>,
    );
    const notes = view.container.querySelectorAll('.board .note');
    expect(notes).toHaveLength(500);

    const changed = new Set<Node>();
    const observer = new MutationObserver((records) => {
      for (const record of records) changed.add(record.target);
    });
    observer.observe(view.container.querySelector('.board__notes') ?? view.container, {
      attributes: true,
      childList: true,
      subtree: true,
      characterData: true,
    });
    const target = ids[123] ?? '';
    act(() => {
      moveInitiative(remote, asParticipantId('p2'), asInitiativeId(target), {
        x: -0.5,
        y: 0.75,
        at: 99_000,
      });
      syncInto(remote, docs.board);
    });
    const records = observer.takeRecords();
    for (const record of records) changed.add(record.target);
    observer.disconnect();

    const moved = screen.getByRole('img', { name: 'Initiatief “Persoon 2 idee 23” van Persoon 2' });
    expect(moved.style.left).toBe('25%');
    expect(moved.style.top).toBe('12.5%');
    expect([...changed].every((node) => node === moved || moved.contains(node))).toBe(true);
    session.destroy();
  });

  it('lets me add a note of my own, draggable by keyboard and listed under my initiatives', () => {
    const { session } = fullBoard();
    render(
      <SessionContext.Provider value={session}>
        <ParticipantQuadrant />
      </SessionContext.Provider>,
    );
    fireEvent.change(screen.getByLabelText('Nieuw initiatief'), {
      target: { value: 'Buurtkamer' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Op het bord zetten' }));

    const own = screen.getByRole('button', { name: 'Initiatief “Buurtkamer” van jou' });
    expect(own.getAttribute('aria-roledescription')).toBe('draggable');
    expect(own.getAttribute('tabindex')).toBe('0');
    const mine = screen.getByRole('region', { name: 'Jouw initiatieven' });
    expect(mine.textContent).toContain('Buurtkamer');
    expect(screen.getByRole('button', { name: '“Buurtkamer” verwijderen' })).toBeTruthy();
    session.destroy();
  });

  it('places my note without dragging: tap it, tap the board; Escape puts it back', () => {
    const { session } = fullBoard();
    const view = render(
      <SessionContext.Provider value={session}>
        <ParticipantQuadrant />
      </SessionContext.Provider>,
    );
    fireEvent.change(screen.getByLabelText('Nieuw initiatief'), {
      target: { value: 'Buurtkamer' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Op het bord zetten' }));
    const board = screen.getByRole('group', { name: 'Vier-kwadrantenbord' });
    // jsdom lays nothing out: the board is 400 × 200 px at the page's origin.
    board.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 400, height: 200 });
    const note = screen.getByRole('button', { name: 'Initiatief “Buurtkamer” van jou' });
    const stored = () => {
      const own = Object.values(session.initiatives.getState().byId).find(
        (initiative) => initiative?.text === 'Buurtkamer',
      );
      return { x: own?.x, y: own?.y };
    };
    const before = stored();

    // Picked up, then cancelled with Escape: a tap on the board moves nothing.
    fireEvent.click(note);
    expect(note.getAttribute('aria-pressed')).toBe('true');
    const spoken = screen
      .getAllByRole('status')
      .map((region) => region.textContent)
      .join(' ');
    expect(spoken).toContain('“Buurtkamer” opgepakt');
    expect(view.container.querySelector('.board__placing-hint')).not.toBeNull();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(note.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(board, { clientX: 300, clientY: 50 });
    expect(stored()).toEqual(before);

    // Tapping it twice also puts it back.
    fireEvent.click(note);
    fireEvent.click(note);
    expect(note.getAttribute('aria-pressed')).toBe('false');

    // Picked up and placed: the tap point, as a continuous place, through the move action.
    fireEvent.click(note);
    fireEvent.click(board, { clientX: 300, clientY: 50 });
    expect(stored()).toEqual({ x: 0.5, y: 0.5 });
    expect(note.getAttribute('aria-pressed')).toBe('false');
    expect(note.style.left).toBe('75%');
    expect(note.style.top).toBe('25%');
    session.destroy();
  });
});
