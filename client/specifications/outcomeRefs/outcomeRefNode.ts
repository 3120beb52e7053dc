import { Node, mergeAttributes } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { OutcomeRefView } from './OutcomeRefView.tsx';

/** The node's name and attribute as the exporter reads them (server/export): do not change them. */
export const OUTCOME_REF = 'outcomeRef';

/**
 * An inline reference to an outcome of the workspace's framework. The document
 * stores only the outcome's id; the words are read from the framework each
 * time, so the specification always shows the statement as agreed now.
 */
export const OutcomeRef = Node.create({
  name: OUTCOME_REF,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      outcomeId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-outcome-id'),
        renderHTML: (attributes) => (typeof attributes.outcomeId === 'string' ? { 'data-outcome-id': attributes.outcomeId } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-outcome-ref]' }];
  },

  // Copied out of the editor as HTML, it keeps only the id (pasted back in, it reads live again).
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-outcome-ref': '' })];
  },

  renderText() {
    return '[outcome]';
  },

  addNodeView() {
    return ReactNodeViewRenderer(OutcomeRefView, { as: 'span', className: 'outcome-ref-holder' });
  },
});
