// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  loadFacilitatorKey,
  loadParticipant,
  saveParticipant,
  takeFacilitatorKeyFromUrl,
} from '../../client/session/identity';
import { parseRoute } from '../../client/app/router';
import { participantId as asParticipantId } from '../../shared/core/ids';

beforeEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('the facilitator key', () => {
  it('is read from the fragment, kept in localStorage and removed from the address bar', () => {
    window.history.replaceState(null, '', '/present/K7MX4QXR?lang=en#key=secret-key_1');
    expect(takeFacilitatorKeyFromUrl('K7MX4QXR')).toBe('secret-key_1');
    expect(window.location.href).not.toContain('secret');
    expect(window.location.search).toBe('?lang=en');
    expect(loadFacilitatorKey('K7MX4QXR')).toBe('secret-key_1');
  });

  it('comes from localStorage when the link has none (reopening the presenter)', () => {
    window.history.replaceState(null, '', '/present/K7MX4QXR#key=abc');
    takeFacilitatorKeyFromUrl('K7MX4QXR');
    window.history.replaceState(null, '', '/present/K7MX4QXR');
    expect(takeFacilitatorKeyFromUrl('K7MX4QXR')).toBe('abc');
    expect(takeFacilitatorKeyFromUrl('OTHER234')).toBeNull();
  });
});

describe('the participant identity', () => {
  it('survives a reload per session', () => {
    saveParticipant('K7MX4QXR', {
      participantId: asParticipantId('p1'),
      participantToken: 't1',
      name: 'Anna',
      perspective: 'resident',
    });
    expect(loadParticipant('K7MX4QXR')).toEqual({
      participantId: 'p1',
      participantToken: 't1',
      name: 'Anna',
      perspective: 'resident',
    });
    expect(loadParticipant('OTHER234')).toBeNull();
  });

  it('ignores a damaged stored value', () => {
    window.localStorage.setItem('collectief:participant:K7MX4QXR', '{"participantId":1}');
    expect(loadParticipant('K7MX4QXR')).toBeNull();
  });
});

describe('routes', () => {
  it('accepts the four pages and codes as people type them', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('/join/k7mx-4qxr')).toEqual({ name: 'join', code: 'K7MX4QXR' });
    expect(parseRoute('/present/K7MX4QXR')).toEqual({ name: 'present', code: 'K7MX4QXR' });
    expect(parseRoute('/report/K7MX4QXR')).toEqual({ name: 'report', code: 'K7MX4QXR' });
    expect(parseRoute('/join/NOPE')).toEqual({ name: 'notFound' });
    expect(parseRoute('/admin/K7MX4QXR')).toEqual({ name: 'notFound' });
  });
});
