import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addOutcome, deleteOutcome, setStatus } from '../../shared/outcomes/outcomeDoc.ts';
import { attachmentDisposition, exportSpecification, SPECIFICATION_FRAGMENT } from '../../server/export/specificationExport.ts';
import { el, p, text, writeSpecification, type SpecNode } from '../helpers/specificationContent.ts';

function specOf(nodes: SpecNode[]): Y.Doc {
  const doc = new Y.Doc();
  writeSpecification(doc.getXmlFragment(SPECIFICATION_FRAGMENT), nodes);
  return doc;
}

function both(nodes: SpecNode[], framework: Y.Doc | null = new Y.Doc()) {
  const doc = specOf(nodes);
  const markdown = exportSpecification(doc, framework, 'markdown', 'Spec').body;
  const html = exportSpecification(doc, framework, 'html', 'Spec').body;
  return { markdown, html, body: html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>')) };
}

/** Every tag in the body, and every attribute any of them carries. */
function tagsOf(html: string) {
  const tags = [...html.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)];
  return { names: new Set(tags.map((m) => m[1]!.toLowerCase())), attributes: tags.map((m) => m[2]!.trim()).filter(Boolean) };
}

const ALLOWED = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'tr', 'th', 'td', 'blockquote', 'hr', 'br', 'strong', 'em', 's', 'code', 'a']);

function expectInertHtml(body: string) {
  const { names, attributes } = tagsOf(body);
  for (const name of names) expect(ALLOWED, `element <${name}>`).toContain(name);
  for (const attribute of attributes) expect(attribute).toMatch(/^href="(https?|mailto):[^"]*"$/);
  // Payload words may remain as escaped text; never as markup.
  expect(body).not.toMatch(/<(script|img|iframe|svg|object|td onclick)/i);
}

function expectInertMarkdown(markdown: string) {
  // No raw "<" at all: no HTML tag, line or comment can survive any renderer.
  expect(markdown).not.toContain('<');
  expect(markdown).not.toMatch(/\]\(\s*(javascript|vbscript|data):/i);
  // Every link the Markdown makes points at http, https or mailto.
  for (const m of markdown.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) expect(m[1]).toMatch(/^(https?:\/\/|mailto:)/);
}

describe('specification export', () => {
  it('renders headings, marks, links, lists, tables, quotes and rules in Markdown and HTML', () => {
    const { markdown, body } = both([
      el('heading', { level: 1 }, text('Service specification')),
      el('heading', { level: 3 }, text('Need')),
      p(text('People want '), text('support at home', { bold: {} }), text(' and '), text('choice', { italic: {} }), text('.'), el('hardBreak'), text('Use '), text('care_plan()', { code: {} })),
      p(text('See '), text('the toolkit', { link: { href: 'https://gov.wales/toolkit', target: '_blank' } }), text(' or '), text('write', { link: { href: 'mailto:team@example.gov.uk' } })),
      el('bulletList', {}, el('listItem', {}, p(text('Flexible visits')), el('orderedList', {}, el('listItem', {}, p(text('Morning'))), el('listItem', {}, p(text('Evening'))))), el('listItem', {}, p(text('Named carers')))),
      el('table', {}, el('tableRow', {}, el('tableHeader', {}, p(text('Outcome'))), el('tableHeader', {}, p(text('Measure')))), el('tableRow', {}, el('tableCell', { colspan: 1 }, p(text('At home | safe'))), el('tableCell', {}, p(text('Visits'))))),
      el('blockquote', {}, p(text('What matters to me'))),
      el('horizontalRule'),
    ]);
    expect(markdown).toBe(
      [
        '# Service specification',
        '',
        '### Need',
        '',
        'People want **support at home** and *choice*.\\',
        'Use `care_plan()`',
        '',
        'See [the toolkit](https://gov.wales/toolkit) or [write](mailto:team@example.gov.uk)',
        '',
        '- Flexible visits',
        '',
        '  1. Morning',
        '  2. Evening',
        '- Named carers',
        '',
        '| Outcome | Measure |',
        '| --- | --- |',
        '| At home \\| safe | Visits |',
        '',
        '> What matters to me',
        '',
        '---',
        '',
      ].join('\n'),
    );
    expect(body).toBe(
      [
        '',
        '<h1>Service specification</h1>',
        '<h3>Need</h3>',
        '<p>People want <strong>support at home</strong> and <em>choice</em>.<br>Use <code>care_plan()</code></p>',
        '<p>See <a href="https://gov.wales/toolkit">the toolkit</a> or <a href="mailto:team@example.gov.uk">write</a></p>',
        '<ul>',
        '<li><p>Flexible visits</p>',
        '<ol>',
        '<li><p>Morning</p></li>',
        '<li><p>Evening</p></li>',
        '</ol></li>',
        '<li><p>Named carers</p></li>',
        '</ul>',
        '<table>',
        '<tr><th><p>Outcome</p></th><th><p>Measure</p></th></tr>',
        '<tr><td><p>At home | safe</p></td><td><p>Visits</p></td></tr>',
        '</table>',
        '<blockquote>',
        '<p>What matters to me</p>',
        '</blockquote>',
        '<hr>',
        '',
      ].join('\n'),
    );
  });

  it('shows each outcome reference as the outcome’s statement now, and retired or deleted ones plainly', () => {
    const framework = new Y.Doc();
    const agreed = addOutcome(framework, { statement: 'I can stay in my own home', status: 'agreed' });
    const retired = addOutcome(framework, { statement: 'I get fifteen-minute visits', status: 'proposed' });
    const deleted = addOutcome(framework, { statement: 'Gone' });
    setStatus(framework, retired, 'retired');
    deleteOutcome(framework, deleted);
    const ref = (outcomeId: string) => el('outcomeRef', { outcomeId });
    const content = [p(text('Delivers '), ref(agreed), text('; no longer '), ref(retired), text('; '), ref(deleted), text('; '), el('outcomeRef'))];

    const { markdown, body } = both(content, framework);
    expect(markdown).toBe('Delivers I can stay in my own home; no longer \\[retired outcome: I get fifteen-minute visits\\]; \\[deleted outcome\\]; \\[deleted outcome\\]\n');
    expect(body).toContain('<p>Delivers I can stay in my own home; no longer [retired outcome: I get fifteen-minute visits]; [deleted outcome]; [deleted outcome]</p>');
    // Without access to the framework, a reference shows no words from it.
    expect(both(content, null).markdown).toBe('Delivers \\[outcome\\]; no longer \\[outcome\\]; \\[outcome\\]; \\[outcome\\]\n');
  });

  it('renders XSS payloads written as raw Yjs content inert in both exports', () => {
    const payloads: SpecNode[] = [
      el('script', {}, text('alert(1)')),
      p(el('script', {}, text('alert("inline")')), text('after')),
      el('img', { src: 'x', onerror: 'alert(2)' }),
      p(el('img', { src: 'x', onerror: 'alert(3)' })),
      el('iframe', { src: 'javascript:alert(4)' }, text('framed')),
      el('paragraph', { onclick: 'alert(5)', style: 'background:url(javascript:alert(6))', class: 'x' }, text('clicked')),
      el('heading', { level: '1 onmouseover=alert(7)', onclick: 'alert(8)' }, text('Heading')),
      el('heading', { level: 99 }, text('Deep')),
      p(text('<script>alert(9)</script><img src=x onerror=alert(10)>')),
      p(text('[x](javascript:alert(11)) and ![i](javascript:alert(12)) and <javascript:alert(13)>')),
      p(text('x\n<script>alert(14)</script>\n# heading\n- item\n    code')),
      p(text('<!-- comment --> &lt;b&gt; &#60;script&#62;')),
      p(text('bad link', { link: { href: 'javascript:alert(15)' } })),
      p(text('tab link', { link: { href: 'java\tscript:alert(16)' } })),
      p(text('data link', { link: { href: 'data:text/html,<script>alert(17)</script>' } })),
      p(text('encoded', { link: { href: '&#106;avascript:alert(18)' } })),
      p(text('quote break', { link: { href: 'https://example.org/"onclick="alert(19)' } })),
      p(text('paren break', { link: { href: 'https://example.org/a)(javascript:alert(20)' } })),
      p(text('code <script>', { code: {} })),
      p(text('weird mark', { 'link--abc': { href: 'vbscript:msgbox(21)' }, onclick: 'alert(22)' })),
      el('bulletList', { onclick: 'alert(23)' }, el('script', {}, text('in list')), el('listItem', {}, el('svg', { onload: 'alert(24)' }, text('svg')))),
      el('table', {}, el('tableRow', { style: 'x' }, el('td', { onclick: 'alert(25)' }, text('raw td'))), el('object', {}, text('obj'))),
      el('outcomeRef', { outcomeId: '<script>' }),
      p(el('outcomeRef', { outcomeId: 'nope', onclick: 'alert(26)' })),
    ];
    const { markdown, body } = both(payloads);
    expectInertHtml(body);
    expectInertMarkdown(markdown);
    // Words are kept, as text.
    expect(body).toContain('&#60;script&#62;alert(9)&#60;/script&#62;');
    expect(body).toContain('<p>bad link</p>');
    expect(body).toContain('<p>alert(1)</p>');
    expect(body).toContain('<h1>Heading</h1>');
    expect(body).toContain('<h6>Deep</h6>');
    expect(body).toContain('<a href="https://example.org/%22onclick=%22alert(19)">quote break</a>');
    expect(markdown).toContain('\\[x\\]\\(javascript:alert\\(11\\)\\)');
    expect(markdown).toContain('&lt;script&gt;alert\\(9\\)&lt;/script&gt;');
    expect(markdown).toContain('[paren break](https://example.org/a%29%28javascript:alert%2820%29)');
    expect(markdown).toContain('&lt;\\!-- comment --&gt; &amp;lt;b&amp;gt;');
    // Text never opens a new line, so it cannot start a heading, list or code block.
    expect(markdown).toContain('x &lt;script&gt;alert\\(14\\)&lt;/script&gt; \\# heading - item     code');
  });

  it('escapes what would start Markdown blocks at the start of a line', () => {
    const { markdown } = both([p(text('1. not a list')), p(text('- not an item')), p(text('first'), el('hardBreak'), text('===')), p(text('+ plus'))]);
    expect(markdown).toBe('1\\. not a list\n\n\\- not an item\n\nfirst\\\n\\===\n\n\\+ plus\n');
  });

  it('survives content nested deeper than any editor makes', () => {
    let node: SpecNode = p(text('bottom'));
    for (let i = 0; i < 200; i++) node = el('blockquote', {}, node);
    const { markdown, body } = both([node]);
    expect(markdown).toContain('bottom');
    expect(body).toContain('bottom');
  });

  it('names the download safely, with the full title as filename*', () => {
    expect(attachmentDisposition('Gwasanaeth "cartref" / 2027', 'md')).toBe(
      `attachment; filename="gwasanaeth-cartref-2027.md"; filename*=UTF-8''Gwasanaeth%20%22cartref%22%20-%202027.md`,
    );
    expect(attachmentDisposition('Ŵyl', 'html')).toBe(`attachment; filename="wyl.html"; filename*=UTF-8''%C5%B4yl.html`);
    expect(attachmentDisposition('', 'html')).toMatch(/^attachment; filename="specification\.html"/);
  });
});
