import { describe, expect, it } from 'vitest';
import {
  type InitiativeId,
  type ParticipantId,
  initiativeId,
  isParticipantId,
  newInitiativeId,
  participantId,
  participantIdDecoder,
} from '../../shared/core/ids';

function authorOf(author: ParticipantId): string {
  return author;
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
});
