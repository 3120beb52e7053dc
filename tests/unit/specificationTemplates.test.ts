import { describe, expect, it } from 'vitest';
import { specificationTemplate, type TemplateNode } from '../../shared/specification/templates.ts';

const headings = (doc: TemplateNode, level?: number) =>
  (doc.content ?? []).filter((node) => node.type === 'heading' && (!level || node.attrs?.level === level)).map((node) => node.content![0]!.text);

describe('specification templates (Tool 8)', () => {
  it('has the toolkit sections in order, then the section of the workspace model', () => {
    const doc = specificationTemplate('2', 'en');
    expect(headings(doc, 2)).toEqual([
      'Identifying the need',
      'Gathering the data',
      'The outcomes-based specification and award criteria',
      'What the specification should do',
      'What the specification should not do',
      'Model-specific requirements',
    ]);
    expect(headings(doc, 3)).toEqual(['Model 2: rewarding outcomes']);
  });

  it('gives a hybrid workspace all three model sections', () => {
    expect(headings(specificationTemplate('hybrid', 'en'), 3)).toEqual(['Model 1: planning care around outcomes', 'Model 2: rewarding outcomes', 'Model 3: accountable for a population']);
  });

  it('follows every heading with guidance, and is in Welsh when asked', () => {
    const welsh = specificationTemplate('3', 'cy');
    const nodes = welsh.content!;
    expect(headings(welsh)[0]).toBe('Nodi’r angen');
    nodes.forEach((node, i) => {
      if (node.type === 'heading' && node.attrs?.level === 2 && headings(welsh, 2).at(-1) !== node.content![0]!.text) expect(nodes[i + 1]!.type).toBe('paragraph');
    });
    expect(JSON.stringify(welsh)).not.toMatch(/Identifying|Model 3: accountable/);
  });
});
