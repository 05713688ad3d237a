import { describe, expect, it } from 'vitest';
import {
  type AgendaItemId,
  type InitiativeId,
  type ParticipantId,
  agendaItemId,
  agendaItemIdDecoder,
  initiativeId,
  isParticipantId,
  lessonId,
  newInitiativeId,
  newLessonId,
  participantId,
  participantIdDecoder,
} from '../../shared/core/ids';

function authorOf(author: ParticipantId): string {
  return author;
}

function currentItemOf(item: AgendaItemId): string {
  return item;
}

describe('branded ids', () => {
  it('accepts an id that passes the id rule', () => {
    expect(participantId('anna')).toBe('anna');
    expect(isParticipantId('anna-2_b')).toBe(true);
    expect(participantIdDecoder('anna', 'participantId')).toEqual({ ok: true, value: 'anna' });
  });

  it('refuses what is not an id', () => {
    expect(() => participantId('')).toThrow();
    expect(() => participantId('an na')).toThrow();
    expect(() => initiativeId('__proto__')).toThrow();
    expect(isParticipantId(42)).toBe(false);
    const refused = participantIdDecoder('a/b', 'participantId');
    expect(refused.ok ? [] : refused.error.map((error) => [error.path, error.code])).toEqual([
      ['participantId', 'not-an-id'],
    ]);
  });

  it('mints new ids that pass the rule', () => {
    const fresh: InitiativeId = newInitiativeId();
    expect(isParticipantId(fresh)).toBe(true);
  });

  it('does not let one kind of id stand for another', () => {
    const note = initiativeId('note1');
    // @ts-expect-error an initiative's id is not a participant's id
    expect(authorOf(note)).toBe('note1');
    expect(authorOf(participantId('anna'))).toBe('anna');
  });

  it('does not let a lesson stand for an agenda item', () => {
    const lesson = lessonId('lesson-1');
    // @ts-expect-error a lesson's id is not an agenda item's id
    expect(currentItemOf(lesson)).toBe('lesson-1');
    expect(currentItemOf(agendaItemId('lessons'))).toBe('lessons');
  });

  it('brands template ids the same way', () => {
    expect(agendaItemIdDecoder('why', 'agenda[0].id')).toEqual({ ok: true, value: 'why' });
    expect(() => agendaItemId('not an id')).toThrow();
    expect(isParticipantId(newLessonId())).toBe(true);
  });
});
