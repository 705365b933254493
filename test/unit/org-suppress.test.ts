// The organisation view's k rule and complementary suppression, as properties over random team × week tables: every
// shown cell or margin has at least k contributors, and no hidden cell equals a shown total minus the shown cells of
// its line (so no hidden cell can be derived by subtraction).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressSmallGroups, type CountTable } from '../../src/org/suppress.ts';

const K = 5;
/** Random tables of contributor counts (member-weeks add up along lines; margins are their sums). */
const tables = fc.integer({ min: 1, max: 6 }).chain((rows) => fc.integer({ min: 1, max: 6 }).chain((cols) =>
  fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 12 })), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })))
  .map((cells): CountTable => {
    const rowTotals = cells.map((r) => r.reduce((a, b) => a + b, 0));
    const colTotals = cells[0]!.map((_, j) => cells.reduce((a, r) => a + r[j]!, 0));
    return { cells, rowTotals, colTotals, grand: rowTotals.reduce((a, b) => a + b, 0) };
  });

describe('organisation view: small-group suppression', () => {
  it('hides 1–4 contributors, shows 0 and ≥ 5', () => {
    const m = suppressSmallGroups({ cells: [[6, 4, 0, 5]], rowTotals: [15], colTotals: [6, 4, 0, 5], grand: 15 }, K);
    expect(m.cells[0]![1]).toBe(false);
    expect(m.cells[0]![2]).toBe(true);
    // The lone hidden 4 would be 15 − 6 − 5: the team's total is hidden with it; the other cells stay.
    expect(m.rowTotals[0]).toBe(false);
    expect(m.cells[0]![3]).toBe(true);
    expect(m.cells[0]![0]).toBe(true);
  });

  it('a team of 6 beside a team of 4 stays shown; the week total and then the grand total go', () => {
    const m = suppressSmallGroups({ cells: [[6], [4]], rowTotals: [6, 4], colTotals: [10], grand: 10 }, K);
    expect(m.cells).toEqual([[true], [false]]);
    expect(m.colTotals).toEqual([false]);
    expect(m.rowTotals).toEqual([true, false]);
    expect(m.grand).toBe(false);
  });

  it('property: shown ⇒ ≥ k; no hidden cell equals a shown total minus the shown cells of its line', () => {
    fc.assert(fc.property(tables, (t) => {
      const m = suppressSmallGroups(t, K);
      t.cells.forEach((row, i) => row.forEach((n, j) => { if (m.cells[i]![j] && n > 0) expect(n).toBeGreaterThanOrEqual(K); }));
      t.rowTotals.forEach((n, i) => { if (m.rowTotals[i] && n > 0) expect(n).toBeGreaterThanOrEqual(K); });
      t.colTotals.forEach((n, j) => { if (m.colTotals[j] && n > 0) expect(n).toBeGreaterThanOrEqual(K); });
      const lines = [
        ...t.cells.map((row, i) => ({ total: t.rowTotals[i]!, shownTotal: m.rowTotals[i]!, parts: row.map((n, j) => ({ n, shown: m.cells[i]![j]! })) })),
        ...t.colTotals.map((total, j) => ({ total, shownTotal: m.colTotals[j]!, parts: t.cells.map((r, i) => ({ n: r[j]!, shown: m.cells[i]![j]! })) })),
        { total: t.grand, shownTotal: m.grand, parts: t.rowTotals.map((n, i) => ({ n, shown: m.rowTotals[i]! })) },
        { total: t.grand, shownTotal: m.grand, parts: t.colTotals.map((n, j) => ({ n, shown: m.colTotals[j]! })) },
      ];
      for (const line of lines) {
        if (!line.shownTotal) continue;
        const rest = line.total - line.parts.filter((p) => p.shown).reduce((a, p) => a + p.n, 0);
        const hidden = line.parts.filter((p) => !p.shown && p.n > 0);
        expect(hidden.length).not.toBe(1);
        for (const h of hidden) expect(rest).not.toBe(h.n);
      }
    }), { numRuns: 2000, seed: 16 });
  });
});
