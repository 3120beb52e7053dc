import { describe, expect, it } from 'vitest';
import { linesOf, sentencesOf } from '../../client/easyRead/textLines.ts';

describe('easy-read lines', () => {
  it('keeps each typed line, trimmed, and drops empty ones', () => {
    expect(linesOf('  Volunteers \n\nA minibus\n   ')).toEqual(['Volunteers', 'A minibus']);
    expect(linesOf('')).toEqual([]);
  });

  it('puts each sentence of an introduction on its own line', () => {
    expect(sentencesOf('Tell us what helps. Is it a lunch club? Say so!\nThank you')).toEqual(['Tell us what helps.', 'Is it a lunch club?', 'Say so!', 'Thank you']);
  });

  it('does not split inside a number or a word with a full stop', () => {
    expect(sentencesOf('We spend £1.50 a visit on gweithdy.example.org now.')).toEqual(['We spend £1.50 a visit on gweithdy.example.org now.']);
  });

  it('splits Welsh sentences the same way', () => {
    expect(sentencesOf("Dywedwch wrthon ni. Beth fyddai'n helpu?")).toEqual(['Dywedwch wrthon ni.', "Beth fyddai'n helpu?"]);
  });
});
