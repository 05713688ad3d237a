import { describe, expect, it } from 'vitest';
import { API_ROUTES, apiPath, matchPagePath, pagePath } from '../../shared/core/protocol';

describe('paths', () => {
  it('fill an API route with its parameters, each one path segment', () => {
    expect(apiPath(API_ROUTES.vote, { code: 'K7MX4QXR', propositionId: 'p-1' })).toBe(
      '/api/sessions/K7MX4QXR/votes/p-1',
    );
    expect(apiPath(API_ROUTES.participant, { code: 'K7MX4QXR', participantId: 'a/b' })).toBe(
      '/api/sessions/K7MX4QXR/participants/a%2Fb',
    );
    expect(apiPath(API_ROUTES.sessions, {})).toBe('/api/sessions');
  });

  it('spell and recognise the pages the server serves as the app', () => {
    expect(pagePath('join', 'K7MX4QXR')).toBe('/join/K7MX4QXR');
    expect(matchPagePath('/')).toEqual({ page: 'home' });
    expect(matchPagePath('/present/K7MX4QXR/')).toEqual({ page: 'present', segment: 'K7MX4QXR' });
    expect(matchPagePath('/console/K7MX4QXR')).toEqual({ page: 'console', segment: 'K7MX4QXR' });
    expect(matchPagePath('/admin/K7MX4QXR')).toBeNull();
    expect(matchPagePath('/join/K7MX4QXR/extra')).toBeNull();
  });
});
