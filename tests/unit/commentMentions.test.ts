import { describe, expect, it } from 'vitest';
import { matchCandidates, mentionIdsIn, mentionQueryAt, splitMentions, type MentionCandidate } from '../../client/specifications/comments/mentions.ts';

const people: MentionCandidate[] = [
  { id: 'u1', name: 'Ann', role: 'carer' },
  { id: 'u2', name: 'Ann Jones', role: 'provider' },
  { id: 'u3', name: 'Gwen of Gofal Da', role: 'provider' },
];

describe('@mention helpers', () => {
  it('finds the open @query before the caret: after a space or at the start, spaces allowed, not across a line or an email address', () => {
    expect(mentionQueryAt('Hi @gw', 6)).toEqual({ start: 3, query: 'gw' });
    expect(mentionQueryAt('@Gwen of', 8)).toEqual({ start: 0, query: 'Gwen of' });
    expect(mentionQueryAt('Hi @gw and more', 6)).toEqual({ start: 3, query: 'gw' });
    expect(mentionQueryAt('mail me@example.org', 19)).toBeNull();
    expect(mentionQueryAt('@Gwen\nnext', 10)).toBeNull();
    expect(mentionQueryAt('no mention', 10)).toBeNull();
  });

  it('matches a name or any word of it from its start, in any case; a whole name and a space matches nobody', () => {
    expect(matchCandidates(people, 'go').map((c) => c.id)).toEqual(['u3']);
    expect(matchCandidates(people, 'ANN').map((c) => c.id)).toEqual(['u1', 'u2']);
    expect(matchCandidates(people, 'ann j').map((c) => c.id)).toEqual(['u2']);
    expect(matchCandidates(people, 'Gwen of Gofal Da ')).toEqual([]);
    expect(matchCandidates(people, '', 2)).toHaveLength(2);
  });

  it('sends only the mentions whose @Name is still in the text, once each', () => {
    const chosen = [people[2]!, people[1]!];
    expect(mentionIdsIn('@Gwen of Gofal Da and @Gwen of Gofal Da', chosen)).toEqual(['u3']);
    expect(mentionIdsIn('nobody now', chosen)).toEqual([]);
  });

  it('cuts a body into text and mentions, the longest name first', () => {
    expect(splitMentions('Hi @Ann Jones and @Ann.', [{ id: 'u1', name: 'Ann' }, { id: 'u2', name: 'Ann Jones' }])).toEqual([
      'Hi ',
      { id: 'u2', text: '@Ann Jones' },
      ' and ',
      { id: 'u1', text: '@Ann' },
      '.',
    ]);
    expect(splitMentions('Plain (a+b)', [{ id: 'x', name: null }])).toEqual(['Plain (a+b)']);
  });
});
