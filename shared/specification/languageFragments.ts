import type { ContentLanguage } from '../bilingual/languageMarker.ts';

/**
 * The Yjs XmlFragments a specification's text lives in, one per language:
 * `content` is the English (or main) text every specification has had from
 * the start, `content_cy` the Welsh beside it. Editor, exports and versions
 * all read these names: do not change them.
 */
export const SPECIFICATION_FRAGMENTS: Record<ContentLanguage, string> = { en: 'content', cy: 'content_cy' };
