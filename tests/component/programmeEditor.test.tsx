// @vitest-environment jsdom
/**
 * The programme editor's form logic: fields that save themselves through shared actions, keep a
 * refused text with its error (never losing it), follow remote changes while idle, and edit the
 * document as it is now rather than as it was rendered.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editContent } from '../../shared/activities/content/actions';
import { castVote } from '../helpers/ballots';
import { openProposition } from '../../shared/activities/propositions/actions';
import { readContentPart } from '../../shared/activities/content/schema';
import { readPropositions } from '../../shared/activities/propositions/schema';
import { AgendaEditor } from '../../client/views/editor/AgendaEditor';
import { PropositionsEditor } from '../../client/activities/propositions/PropositionsEditor';
import { SessionEditor } from '../../client/views/editor/SessionEditor';
import {
  createDraftRegistry,
  DraftContext,
  type DraftRegistry,
} from '../../client/views/editor/drafts';
import { SessionContext } from '../../client/session/hooks';
import { localSession } from '../../client/session/session';
import { sessionDocs, syncInto } from './fixtures';
import { participantId as asParticipantId } from '../../shared/core/ids';

afterEach(cleanup);

function facilitatorOn(docs: ReturnType<typeof sessionDocs>) {
  return localSession('ABCDEFGH', { role: 'facilitator', facilitatorKey: 'k' }, docs);
}

function renderEditor(children: ReactNode) {
  const docs = sessionDocs([{ id: 'p1', name: 'Femke' }]);
  const session = facilitatorOn(docs);
  const drafts: DraftRegistry = createDraftRegistry();
  render(
    <SessionContext.Provider value={session}>
      <DraftContext.Provider value={drafts}>{children}</DraftContext.Provider>
    </SessionContext.Provider>,
  );
  return { docs, drafts };
}

const input = (name: string) => screen.getByLabelText<HTMLInputElement>(name);

describe('the programme editor', () => {
  it('refuses an empty title in Dutch, keeps the typed text and saves once it is fixed', () => {
    const { docs, drafts } = renderEditor(<AgendaEditor />);
    const before = readContentPart(docs.control, 'agenda')[1]?.title;
    const title = input('Titel, onderdeel 2');

    fireEvent.change(title, { target: { value: '   ' } });
    fireEvent.blur(title);

    expect(screen.getByRole('alert').textContent).toContain('Vul dit in.');
    expect(title.value).toBe('   ');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(readContentPart(docs.control, 'agenda')[1]?.title).toBe(before);
    expect(drafts.unsavedCount()).toBe(1);

    fireEvent.change(title, { target: { value: 'Wat bedoelen we?' } });
    fireEvent.keyDown(title, { key: 'Enter' });

    expect(readContentPart(docs.control, 'agenda')[1]?.title).toBe('Wat bedoelen we?');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(drafts.unsavedCount()).toBe(0);
  });

  it('puts the saved value back on Escape', () => {
    renderEditor(<AgendaEditor />);
    const duration = input('Duur (minuten), onderdeel 1');
    const saved = duration.value;
    fireEvent.change(duration, { target: { value: '9999' } });
    fireEvent.keyDown(duration, { key: 'Escape' });
    expect(duration.value).toBe(saved);
  });

  it('says which range a number must be in', () => {
    renderEditor(<SessionEditor />);
    const budget = input('Stippen per deelnemer');
    fireEvent.change(budget, { target: { value: '99' } });
    fireEvent.blur(budget);
    expect(screen.getByRole('alert').textContent).toContain('Kies een getal van 0 tot en met 20.');
    fireEvent.change(budget, { target: { value: '' } });
    fireEvent.blur(budget);
    expect(screen.getByRole('alert').textContent).toContain('Vul een heel getal in.');
  });

  it('shows a remote change while idle, and keeps the text being typed over it', () => {
    const { docs } = renderEditor(<AgendaEditor />);
    const remote = new Y.Doc();
    syncInto(docs.control, remote);
    const renameRemotely = (index: number, title: string) => {
      const agenda = readContentPart(remote, 'agenda').map((item, at) =>
        at === index ? { ...item, title } : item,
      );
      expect(editContent(remote, 'agenda', agenda).ok).toBe(true);
      act(() => syncInto(remote, docs.control));
    };

    renameRemotely(0, 'Welkom allemaal');
    expect(input('Titel, onderdeel 1').value).toBe('Welkom allemaal');

    const title = input('Titel, onderdeel 1');
    fireEvent.change(title, { target: { value: 'Binnenkomst' } });
    renameRemotely(0, 'Iets anders');
    expect(title.value).toBe('Binnenkomst');
  });

  it('edits the agenda as the document holds it now, keeping a remote edit of another item', () => {
    const { docs } = renderEditor(<AgendaEditor />);
    const title = input('Titel, onderdeel 2');
    fireEvent.change(title, { target: { value: 'Mijn titel' } });

    // Meanwhile another tab renames item 3; the screen has not re-rendered that yet.
    const agenda = readContentPart(docs.control, 'agenda').map((item, at) =>
      at === 2 ? { ...item, title: 'Hun titel' } : item,
    );
    editContent(docs.control, 'agenda', agenda);
    fireEvent.blur(title);

    const titles = readContentPart(docs.control, 'agenda').map((item) => item.title);
    expect(titles[1]).toBe('Mijn titel');
    expect(titles[2]).toBe('Hun titel');
  });

  it('moves an item down and keeps the focus on the pressed button', () => {
    const { docs } = renderEditor(<AgendaEditor />);
    const firstTitle = readContentPart(docs.control, 'agenda')[0]?.title ?? '';
    const down = screen.getByRole('button', { name: `“${firstTitle}” omlaag` });
    down.focus();
    fireEvent.click(down);
    expect(readContentPart(docs.control, 'agenda')[1]?.title).toBe(firstTitle);
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`“${firstTitle}” omlaag`);
  });

  it('removes an item after asking, and gives the focus to the next item', () => {
    const { docs } = renderEditor(<AgendaEditor />);
    const [, second, third] = readContentPart(docs.control, 'agenda');
    fireEvent.click(screen.getByRole('button', { name: `“${second?.title ?? ''}” verwijderen` }));
    expect(readContentPart(docs.control, 'agenda')).toHaveLength(10);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));

    const titles = readContentPart(docs.control, 'agenda').map((item) => item.title);
    expect(titles).toHaveLength(9);
    expect(titles).not.toContain(second?.title);
    expect(document.activeElement).toBe(input('Titel, onderdeel 2'));
    expect(input('Titel, onderdeel 2').value).toBe(third?.title);
  });

  it('refuses to remove a proposition people voted on, and fixes its choices', () => {
    const { docs } = renderEditor(<PropositionsEditor />);
    const first = readPropositions(docs.control)[0];
    if (first === undefined) throw new Error('the template has propositions');
    openProposition(docs.control, first.id);
    act(() => {
      castVote(docs.control, {
        participantId: asParticipantId('p1'),
        propositionId: first.id,
        choiceId: first.choices[0]?.id ?? '',
      });
    });

    fireEvent.click(screen.getByRole('button', { name: '“Stelling 1” verwijderen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));

    expect(screen.getByRole('alert').textContent).toContain('Er is al op gestemd');
    expect(readPropositions(docs.control)).toHaveLength(3);
    const choices = screen.getByRole('list', { name: 'Keuzes bij stelling 1' });
    expect(within(choices).getAllByRole('listitem')).toHaveLength(first.choices.length);
    expect(screen.queryByLabelText('Stelling 1, keuze 1')).toBeNull();
  });

  it('adds a proposition with the default choices and refuses an empty one', () => {
    const { docs } = renderEditor(<PropositionsEditor />);
    const text = input('Tekst van de nieuwe stelling');
    fireEvent.click(screen.getByRole('button', { name: 'Stelling toevoegen' }));
    expect(screen.getByRole('alert').textContent).toContain('Vul dit in.');

    fireEvent.change(text, { target: { value: 'Samen kom je verder.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Stelling toevoegen' }));

    const added = readPropositions(docs.control).at(-1);
    expect(added?.text).toBe('Samen kom je verder.');
    expect(added?.choices.map((choice) => choice.label)).toEqual(['Eens', 'Neutraal', 'Oneens']);
    expect(text.value).toBe('');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Tekst van stelling 4').value).toBe(
      'Samen kom je verder.',
    );
  });
});
