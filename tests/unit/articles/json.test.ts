import { describe, expect, it } from 'vitest';
import { parseJsonArticle } from '../../../shared/articles/json.ts';

describe('parseJsonArticle', () => {
  it('puts the title before the body so the headline is part of the text', () => {
    const d = parseJsonArticle(
      JSON.stringify({ title: 'Head', text: 'Body.', url: 'https://x.example', publishedAt: '2024-04-17T10:00:00Z' }),
      'a.json',
    );
    expect(d).toEqual({
      text: 'Head\n\nBody.',
      title: 'Head',
      url: 'https://x.example',
      published: '2024-04-17T10:00:00Z',
    });
  });

  it('takes the body from text, then body, then content, then description', () => {
    const text = (o: object) => parseJsonArticle(JSON.stringify(o), 'a.json').text;
    expect(text({ text: 'T', body: 'B', content: 'C', description: 'D' })).toBe('T');
    expect(text({ body: 'B', content: 'C', description: 'D' })).toBe('B');
    expect(text({ text: '  ', content: 'C', description: 'D' })).toBe('C');
    expect(text({ description: 'D' })).toBe('D');
    expect(text({ text: 42, description: 'D' })).toBe('D');
  });

  it('does not repeat a title the body already starts with', () => {
    expect(parseJsonArticle('{"title":"Head","body":"Head\\n\\nBody"}', 'a.json').text).toBe('Head\n\nBody');
  });

  it('reads the date from publishedAt, published_at, date or published', () => {
    const date = (o: object) => parseJsonArticle(JSON.stringify({ text: 'x', ...o }), 'a.json').published;
    expect(date({ published_at: '2024-01-02', date: '2023-01-01' })).toBe('2024-01-02');
    expect(date({ date: '2023-01-01', published: '2022-01-01' })).toBe('2023-01-01');
    expect(date({ published: '2022-01-01' })).toBe('2022-01-01');
  });

  it('reports NO_TEXT without a body field and BAD_JSON for invalid JSON or a non-object', () => {
    expect(() => parseJsonArticle('{"title":"only a title"}', 'a.json')).toThrow(
      expect.objectContaining({ code: 'NO_TEXT' }),
    );
    expect(() => parseJsonArticle('{"title": ', 'a.json')).toThrow(
      expect.objectContaining({ code: 'BAD_JSON', message: expect.stringMatching(/^a\.json: invalid JSON \(/) }),
    );
    expect(() => parseJsonArticle('[{"text":"x"}]', 'a.json')).toThrow(
      expect.objectContaining({
        code: 'BAD_JSON',
        message: 'a.json: expected one article as a JSON object, got an array',
      }),
    );
  });
});
