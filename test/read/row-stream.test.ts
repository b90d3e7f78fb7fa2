import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/read/grid.js';
import { prependRows, tapRows, transformRows } from '../../src/read/row-stream.js';

const row = (n: number): Row => [{ row: n, col: 1, value: String(n), text: String(n) }];

/** A source of `n` rows that records whether it was closed before its end. */
function source(n: number) {
  const state = { closed: false, given: 0 };
  async function* gen(): AsyncGenerator<Row> {
    try {
      for (let i = 1; i <= n; i++) {
        state.given = i;
        yield row(i);
      }
    } finally {
      if (state.given < n) state.closed = true;
    }
  }
  return { rows: gen(), state };
}

const numbers = async (rows: AsyncIterable<Row>) => {
  const out: number[] = [];
  for await (const r of rows) out.push(r[0]!.row);
  return out;
};

// The reading pipeline's stages (limits, progress, the rows held for the layout) pass rows on
// through these: every row in order, each seen once, errors and early ends as a generator's.
describe('row streams', () => {
  it('taps every row in order and ends once', async () => {
    const seen: number[] = [];
    let ends = 0;
    const { rows } = source(5);
    expect(await numbers(tapRows(rows, { row: (r) => seen.push(r[0]!.row), end: () => ends++ }))).toEqual([1, 2, 3, 4, 5]);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(ends).toBe(1);
  });

  it('ends the stream with the error a tap throws, closing the source', async () => {
    let ends = 0;
    const { rows, state } = source(10);
    const tapped = tapRows(rows, { row: (r) => { if (r[0]!.row === 3) throw new Error('limit at 3'); }, end: () => ends++ });
    const got: number[] = [];
    await expect((async () => { for await (const r of tapped) got.push(r[0]!.row); })()).rejects.toThrow('limit at 3');
    expect(got).toEqual([1, 2]);
    expect(ends).toBe(1);
    await new Promise((res) => setTimeout(res, 0));
    expect(state.closed).toBe(true);
  });

  it('closes the source and ends once when the reader stops early', async () => {
    let ends = 0;
    const { rows, state } = source(10);
    for await (const r of tapRows(rows, { end: () => ends++ })) if (r[0]!.row === 4) break;
    expect(ends).toBe(1);
    expect(state.closed).toBe(true);
  });

  it('passes a source error on, ending once', async () => {
    let ends = 0;
    async function* failing(): AsyncGenerator<Row> {
      yield row(1);
      throw new Error('unreadable');
    }
    await expect(numbers(tapRows(failing(), { end: () => ends++ }))).rejects.toThrow('unreadable');
    expect(ends).toBe(1);
  });

  it('gives the rows already read, then the rest of the stream', async () => {
    const { rows } = source(6);
    const it = rows[Symbol.asyncIterator]();
    const head = [(await it.next()).value as Row, (await it.next()).value as Row];
    expect(await numbers(prependRows(head, { [Symbol.asyncIterator]: () => it }))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await numbers(prependRows([row(1)], source(0).rows))).toEqual([1]);
  });

  it('transforms: a stage passes on none, one or several rows per row, and what it holds at the end', async () => {
    const { rows } = source(6);
    const held: Row[] = [];
    const out = transformRows(rows, {
      row(r, emit) {
        const n = r[0]!.row;
        if (n % 3 === 0) held.push(r);
        else if (n === 4) { emit(r); emit(row(40)); } else emit(r);
      },
      end(emit) {
        for (const r of held) emit(r);
      },
    });
    expect(await numbers(out)).toEqual([1, 2, 4, 40, 5, 3, 6]);
  });

  it('transforms: a stage that throws ends the stream with its error and closes the source', async () => {
    const { rows, state } = source(10);
    const out = transformRows(rows, { row(r, emit) { if (r[0]!.row === 3) throw new Error('bad row 3'); emit(r); } });
    const got: number[] = [];
    await expect((async () => { for await (const r of out) got.push(r[0]!.row); })()).rejects.toThrow('bad row 3');
    expect(got).toEqual([1, 2]);
    await new Promise((res) => setTimeout(res, 0));
    expect(state.closed).toBe(true);
  });

  it('transforms: a reader that stops early closes the source', async () => {
    const { rows, state } = source(10);
    for await (const r of transformRows(rows, { row: (x, emit) => emit(x) })) if (r[0]!.row === 4) break;
    expect(state.closed).toBe(true);
  });
});
