import { describe, expect, it } from 'vitest';
import { cy, en } from '../../client/i18n/resources.ts';

type Tree = { [key: string]: string | Tree };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

describe('translations', () => {
  it('has a Welsh string for every English string, and no Welsh string left over', () => {
    const base = (list: string[]) => [...new Set(list.map((k) => k.replace(PLURAL_SUFFIX, '')))].sort();
    expect(base(keys(cy as Tree))).toEqual(base(keys(en as Tree)));
  });

  it('gives every Welsh plural all the forms Welsh needs (zero, one, two, few, many, other)', () => {
    const welsh = keys(cy as Tree);
    const plurals = new Set(welsh.filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));
    const categories = new Intl.PluralRules('cy').resolvedOptions().pluralCategories;
    for (const key of plurals) {
      for (const category of categories) expect(welsh, `${key}_${category}`).toContain(`${key}_${category}`);
    }
  });

  it('keeps the Welsh text different from the English where it should be', () => {
    expect(cy.intro.heading).not.toBe(en.intro.heading);
    expect(cy.outcomes.heading).not.toBe(en.outcomes.heading);
  });
});
