import { describe, expect, it } from 'vitest';
import { inventedContacts, protectSpans, restoreSpans, spansIntact } from './protected-spans.ts';

const ANSWER = [
  'The nearest evacuation shelter to Oimachi Station is Asamadai Elementary School, 470 m north.',
  'Address: 東京都品川区南品川6-8-8, phone 03-3474-2727, open 09:00–17:00.',
  'See https://www.city.shinagawa.tokyo.jp/index.html. In an emergency, call 119 or 110.',
].join('\n');
const TERMS = [
  { text: 'Asamadai Elementary School', kind: 'name' as const },
  { text: '東京都品川区南品川6-8-8', kind: 'address' as const },
];

describe('protectSpans', () => {
  it('wraps names, addresses, phone numbers, links and numbers in untranslatable elements', () => {
    const { html, spans } = protectSpans(ANSWER, TERMS);
    expect(spans.map((span) => [span.kind, span.text])).toEqual([
      ['name', 'Asamadai Elementary School'],
      ['number', '470'],
      ['address', '東京都品川区南品川6-8-8'],
      ['phone', '03-3474-2727'],
      ['number', '09:00–17:00'],
      ['url', 'https://www.city.shinagawa.tokyo.jp/index.html'],
      ['number', '119'],
      ['number', '110'],
    ]);
    expect(html).toContain('<span translate="no" id="p4">03-3474-2727</span>');
    expect(html).toContain('<br>');
    expect(html).not.toContain('\n');
  });

  it('escapes the text around the spans as HTML', () => {
    const { html } = protectSpans('Fish & <chips> "today"');
    expect(html).toBe('Fish &amp; &lt;chips&gt; "today"');
  });

  it('gives the text back unchanged when nothing was translated', () => {
    const markup = protectSpans(ANSWER, TERMS);
    const restored = restoreSpans(markup.html, markup);
    expect(restored.text).toBe(ANSWER);
    expect(spansIntact(restored)).toBe(true);
    expect(restored.altered).toEqual([]);
  });
});

describe('restoreSpans', () => {
  const markup = protectSpans(ANSWER, TERMS);

  it('puts back a span whose text the translator changed inside its element, and says so', () => {
    const mangled = markup.html.replace('>03-3474-2727<', '>03 3474 2727<').replace('>Asamadai Elementary School<', '>Escuela Primaria Asamadai<');
    const restored = restoreSpans(mangled, markup);
    expect(restored.text).toContain('03-3474-2727');
    expect(restored.text).toContain('Asamadai Elementary School');
    expect(restored.text).not.toContain('Escuela');
    expect(restored.altered.map((span) => span.text)).toEqual(['Asamadai Elementary School', '03-3474-2727']);
    expect(spansIntact(restored)).toBe(true);
  });

  it('reports a span the translator dropped or doubled', () => {
    const dropped = restoreSpans(markup.html.replace(/<span translate="no" id="p4">[^<]*<\/span>/, '03 3474 2727'), markup);
    expect(dropped.missing.map((span) => span.text)).toEqual(['03-3474-2727']);
    expect(spansIntact(dropped)).toBe(false);
    const doubled = restoreSpans(`${markup.html} <span translate="no" id="p3">東京都品川区</span>`, markup);
    expect(doubled.duplicated.map((span) => span.text)).toEqual(['東京都品川区南品川6-8-8']);
    expect(spansIntact(doubled)).toBe(false);
  });

  it('reads the translator HTML: entities, attributes in another order or quoting, line breaks', () => {
    const translated = `L&#39;abri le plus proche : <span id='p1' translate='no'>Asamadai Elementary School</span>, <span translate="no" id="p2">470</span> m.<br/>Fin &amp; merci`;
    const small = protectSpans('The nearest shelter: Asamadai Elementary School, 470 m.\nEnd & thanks', TERMS);
    const restored = restoreSpans(translated, small);
    expect(restored.text).toBe("L'abri le plus proche : Asamadai Elementary School, 470 m.\nFin & merci");
    expect(spansIntact(restored)).toBe(true);
  });

  it('takes the elements in order when the translator dropped their ids', () => {
    const small = protectSpans('Call 03-3474-2727 or 119.');
    const restored = restoreSpans('Llame al <span translate="no">03-3474-2727</span> o al <span translate="no">119</span>.', small);
    expect(restored.text).toBe('Llame al 03-3474-2727 o al 119.');
    expect(spansIntact(restored)).toBe(true);
  });
});

describe('inventedContacts', () => {
  it('finds phone numbers and links that only the translation has', () => {
    expect(inventedContacts('Call 03-3474-2727.', 'Gọi 03-3474-2727.')).toEqual([]);
    expect(inventedContacts('Call 03-3474-2727.', 'Gọi 03-3474-2728 hoặc https://example.test/x.')).toEqual(['03-3474-2728', 'https://example.test/x']);
  });
});
