import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { LANGUAGE_CHANGED, languageMarker, readStamps, type ContentLanguage } from '../../../shared/bilingual/languageMarker.ts';
import { SPECIFICATION_FRAGMENTS } from '../../../shared/specification/languageFragments.ts';

/** Whether a fragment holds any words (or an outcome reference), not only empty paragraphs. */
export function fragmentHasContent(node: Y.XmlFragment | Y.XmlElement): boolean {
  return node.toArray().some((child) => {
    if (child instanceof Y.XmlText) return child.toString().replace(/<[^>]*>/g, '').trim() !== '';
    if (child instanceof Y.XmlElement) return child.nodeName === 'outcomeRef' || fragmentHasContent(child);
    return false;
  });
}

interface SpecificationLanguages {
  /** The side changed after the other, or null. */
  changed: ContentLanguage | null;
  welshEmpty: boolean;
}

/** The marker and whether there is any Welsh yet, kept live from the stamps and both texts. */
export function useSpecificationMarker(doc: Y.Doc): SpecificationLanguages {
  const read = (): SpecificationLanguages => {
    const has = (side: ContentLanguage) => fragmentHasContent(doc.getXmlFragment(SPECIFICATION_FRAGMENTS[side]));
    const texts = { en: has('en') ? 'x' : '', cy: has('cy') ? 'x' : '' };
    return { changed: languageMarker(readStamps(doc.getMap(LANGUAGE_CHANGED)), texts), welshEmpty: texts.cy === '' };
  };
  const [state, setState] = useState(read);
  useEffect(() => {
    const update = () =>
      setState((was) => {
        const next = read();
        return next.changed === was.changed && next.welshEmpty === was.welshEmpty ? was : next;
      });
    update();
    doc.on('afterTransaction', update);
    return () => doc.off('afterTransaction', update);
  }, [doc]);
  return state;
}
