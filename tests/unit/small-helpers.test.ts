import { afterEach, describe, expect, it, vi } from 'vitest';
import { toCsv } from '../../src/lib/csv';
import { PART_SIZE, partPaths, partsOf } from '../../src/lib/pack-parts';
import { barLayout } from '../../src/lib/chart-layout';
import { readIds, writeIds } from '../../src/lib/browser-store';
import { parseCsv } from './harness/parse';

describe('CSV', () => {
  it('starts with one UTF-8 byte order mark, even with no rows, so Excel reads dashes and curly quotes', () => {
    expect(toCsv([['–']])).toBe('\ufeff"–"\r\n');
    expect(toCsv([])).toBe('\ufeff\r\n');
  });

  it('quotes every cell, doubles quotes, and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, 'say "hi", then go'],
      ]),
    ).toBe('\ufeff"a","b"\r\n"1","say ""hi"", then go"\r\n');
  });

  it('reads back to the same cells, line breaks and all', () => {
    const rows = [
      ['x', 'line one\r\nline two', '""'],
      ['', ',', '3'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('pack parts', () => {
  const items = Array.from({ length: 25 }, (_, i) => i + 1);

  it('splits a pack into parts of ten, the last one shorter', () => {
    expect(PART_SIZE).toBe(10);
    expect(partsOf(items).map((p) => [p[0], p.at(-1), p.length])).toEqual([
      [1, 10, 10],
      [11, 20, 10],
      [21, 25, 5],
    ]);
    expect(partsOf(items.slice(0, 10))).toHaveLength(1);
    expect(partsOf([])).toEqual([]);
  });

  it('serves part 1 at the pack’s path and the others below it, numbered from 2', () => {
    expect(partPaths(items, '/questions/pack/topic/adoption/').map(({ part, path, items: i }) => [part, path, i.length])).toEqual([
      [1, '/questions/pack/topic/adoption/', 10],
      [2, '/questions/pack/topic/adoption/2/', 10],
      [3, '/questions/pack/topic/adoption/3/', 5],
    ]);
  });
});

describe('bar chart layout', () => {
  it('places bars in equal slots, centred, scaled to the largest value, standing on the baseline', () => {
    expect(
      barLayout([
        { label: '2015', value: 50 },
        { label: '2017', value: 100 },
      ]),
    ).toEqual({
      width: 320,
      height: 200,
      baseline: 178,
      bars: [
        { label: '2015', value: 50, x: 52, y: 98, width: 56, height: 80 },
        { label: '2017', value: 100, x: 212, y: 18, width: 56, height: 160 },
      ],
    });
  });

  it('narrows bars to 70% of a slot when slots are small, and follows the size given', () => {
    const { bars, baseline } = barLayout(
      [1, 2, 3, 4, 5, 6, 7, 8].map((v) => ({ label: String(v), value: v })),
      400,
      100,
    );
    expect(baseline).toBe(78);
    expect(bars.map((b) => b.width)).toEqual(Array(8).fill(35));
    expect(bars.map((b) => b.x)).toEqual([8, 58, 108, 158, 208, 258, 308, 358]);
    expect(bars.at(-1)).toMatchObject({ height: 60, y: 18 });
  });

  it('draws zero values flat, without dividing by zero', () => {
    expect(
      barLayout([
        { label: 'a', value: 0 },
        { label: 'b', value: 0 },
      ]).bars.map((b) => [b.height, b.y]),
    ).toEqual([
      [0, 178],
      [0, 178],
    ]);
  });
});

describe('ids kept in this browser', () => {
  afterEach(() => vi.unstubAllGlobals());
  const fakeStorage = (initial: Record<string, string> = {}) => {
    const store = new Map(Object.entries(initial));
    return { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), store };
  };

  it('reads the strings of a stored list, and nothing from a missing, broken or non-list value', () => {
    vi.stubGlobal('localStorage', fakeStorage({ good: '["a",1,"b",null]', broken: '[', object: '{"a":1}' }));
    expect(readIds('good')).toEqual(['a', 'b']);
    expect(readIds('missing')).toEqual([]);
    expect(readIds('broken')).toEqual([]);
    expect(readIds('object')).toEqual([]);
  });

  it('saves a list without repeats, in first-seen order', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    writeIds('pack', ['b', 'a', 'b']);
    expect(storage.store.get('pack')).toBe('["b","a"]');
  });

  it('keeps working when storage is blocked', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    });
    expect(readIds('pack')).toEqual([]);
    expect(() => writeIds('pack', ['a'])).not.toThrow();
  });
});
