import { describe, expect, it } from 'vitest';
import { matchRoute, paths } from '../../client/routing/routes.ts';

describe('the specification page address', () => {
  it('round-trips a workspace and artefact id through paths and matchRoute', () => {
    const path = paths.specification('w 1', 'a/2');
    expect(path).toBe('/workspaces/w%201/specifications/a%2F2');
    expect(matchRoute(path)).toEqual({ name: 'specification', workspaceId: 'w 1', artefactId: 'a/2' });
  });

  it('is not found without an artefact id, or with more after it', () => {
    expect(matchRoute('/workspaces/w1/specifications')).toEqual({ name: 'notFound' });
    expect(matchRoute('/workspaces/w1/specifications/a1/extra')).toEqual({ name: 'notFound' });
  });
});

describe('the map and summary page addresses', () => {
  it('round-trips a process map and a specification summary', () => {
    expect(matchRoute(paths.map('w 1', 'm/2'))).toEqual({ name: 'map', workspaceId: 'w 1', artefactId: 'm/2' });
    expect(matchRoute(paths.youSaidWeDid('w1', 's1'))).toEqual({ name: 'youSaidWeDid', workspaceId: 'w1', artefactId: 's1' });
    expect(matchRoute('/workspaces/w1/maps/m1/extra')).toEqual({ name: 'notFound' });
    expect(matchRoute('/workspaces/w1/specifications/s1/other')).toEqual({ name: 'notFound' });
  });
});

describe('the history and audit page addresses', () => {
  it('round-trips an artefact history and a workspace audit trail', () => {
    expect(matchRoute(paths.history('w 1', 'a/2'))).toEqual({ name: 'history', workspaceId: 'w 1', artefactId: 'a/2' });
    expect(matchRoute(paths.audit('w1'))).toEqual({ name: 'audit', workspaceId: 'w1' });
    expect(matchRoute('/workspaces/w1/audit/more')).toEqual({ name: 'notFound' });
  });
});

describe('the call page addresses', () => {
  it('round-trips a call, its summary and its moderation queue', () => {
    expect(matchRoute(paths.call('c 1'))).toEqual({ name: 'call', callId: 'c 1' });
    expect(matchRoute(paths.callSummary('c1'))).toEqual({ name: 'callSummary', callId: 'c1' });
    expect(matchRoute(paths.callModeration('c1'))).toEqual({ name: 'callModeration', callId: 'c1' });
    expect(matchRoute('/calls/c1/other')).toEqual({ name: 'notFound' });
    expect(matchRoute('/calls/c1/summary/x')).toEqual({ name: 'notFound' });
  });
});

describe('the inclusion page addresses', () => {
  it('round-trips settings, the accessibility statement and the easy-read views', () => {
    expect(matchRoute(paths.settings)).toEqual({ name: 'settings' });
    expect(matchRoute(paths.accessibility)).toEqual({ name: 'accessibility' });
    expect(matchRoute(paths.outcomesEasyRead('w 1'))).toEqual({ name: 'outcomesEasyRead', workspaceId: 'w 1' });
    expect(matchRoute(paths.callEasyRead('c1'))).toEqual({ name: 'callEasyRead', callId: 'c1' });
    expect(matchRoute('/workspaces/w1/outcomes/other')).toEqual({ name: 'notFound' });
  });
});
