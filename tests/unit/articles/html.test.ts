import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../shared/articles/html.ts';

const page = `<!doctype html><html><head>
<title>Page title &amp; site</title>
<meta property="og:title" content="Troops &quot;begin&quot; withdrawal">
<meta property="og:url" content="https://news.example/a">
<link rel="canonical" href="https://news.example/canonical">
<meta property="article:published_time" content="2024-04-17T09:00:00+03:00">
<style>p { color: red }</style><script>alert("x")</script>
</head><body>
<header><a href="/">Site</a><time datetime="2020-01-01">old</time></header>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<form><input name="q"><button>Search</button></form>
<article>
  <h1>Troops begin
     withdrawal</h1>
  <p>BAKU, April 17. The withdrawal has &laquo;already begun&raquo;,&nbsp;officials said.</p>
  <p>Line one<br>line two</p>
  <div>Block <b>with</b> <i>inline</i> markup</div>
  <svg viewBox="0 0 1 1"><title>icon</title><path d="M0"/></svg>
  <noscript>Enable JavaScript</noscript><iframe src="x">frame text</iframe><template><p>tpl</p></template>
  <aside>Related: other story</aside>
  <ul><li>first item<li>second item</ul>
</article>
<footer>Copyright</footer>
</body></html>`;

describe('parseHtml', () => {
  const draft = parseHtml(page, 'page.html');

  it('keeps the article text: blocks as paragraphs, <br> as a line break, entities decoded', () => {
    expect(draft.text).toBe(
      [
        'Troops begin withdrawal',
        'BAKU, April 17. The withdrawal has «already begun», officials said.',
        'Line one\nline two',
        'Block with inline markup',
        'first item',
        'second item',
      ].join('\n\n'),
    );
  });

  it('drops scripts, styles, navigation, header, footer, forms, asides, svg, iframes, templates', () => {
    for (const junk of [
      'alert',
      'color',
      'Home',
      'Site',
      'Search',
      'Copyright',
      'Related',
      'icon',
      'JavaScript',
      'frame',
      'tpl',
    ]) {
      expect(draft.text).not.toContain(junk);
    }
  });

  it('reads og:title, og:url and article:published_time first', () => {
    expect(draft).toMatchObject({
      title: 'Troops "begin" withdrawal',
      url: 'https://news.example/a',
      published: '2024-04-17T09:00:00+03:00',
    });
  });

  it('falls back to <title>, the canonical link and the first <time datetime>', () => {
    const d = parseHtml(
      '<title> Plain  title </title><link rel="Canonical" href="https://c.example/x"><p>Body <time datetime="2023-05-06">May 6</time></p>',
      'b.html',
    );
    expect(d).toEqual({
      text: 'Body May 6',
      title: 'Plain title',
      url: 'https://c.example/x',
      published: '2023-05-06',
    });
  });

  it('falls back to the first <h1> for the title and reads other date metas in order', () => {
    const d = parseHtml(
      '<meta name="date" content="2021-01-01"><meta itemprop="datePublished" content="2022-02-02"><h1>Head &amp; line</h1><h1>Second</h1><p>x</p>',
      'c.html',
    );
    expect(d.title).toBe('Head & line');
    expect(d.published).toBe('2022-02-02');
  });

  it('keeps line breaks inside <pre>', () => {
    expect(parseHtml('<pre>a  b\nc</pre>', 'p.html').text).toBe('a b\nc');
  });

  it('survives self-closing dropped elements without losing the rest of the page', () => {
    expect(parseHtml('<p>one</p><iframe src="x"/><p>two</p>', 's.html').text).toBe('one\n\ntwo');
  });

  it('reports NO_TEXT when only furniture remains', () => {
    expect(() => parseHtml('<html><script>x()</script><nav>menu</nav></html>', 'n.html')).toThrow(
      expect.objectContaining({ code: 'NO_TEXT', message: expect.stringMatching(/^n\.html: /) }),
    );
  });
});
