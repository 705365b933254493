// Small-group suppression of a two-way table (teams × weeks) with its margins (team totals, week totals, grand
// total). Primary: a cell or margin with 1 … k−1 distinct contributors is hidden. Complementary: in every line whose
// total is shown (a team's weeks, a week's teams, and the margins under the grand total), a lone hidden cell could be
// derived as total − shown cells, so the line's total is hidden too (the team-week cells are what the view is for, so
// the complement taken is the total, never a second team); repeated until no line with a shown total has exactly one
// hidden non-empty part. Empty cells (no contributor) count as shown: their emptiness is no secret and hides nothing.

/** Contributors per cell and margin. `rows` × `cols` cells; margins count distinct contributors (for the k rule). */
export interface CountTable {
  cells: readonly (readonly number[])[];
  rowTotals: readonly number[];
  colTotals: readonly number[];
  grand: number;
}

/** What may be shown (true) of each cell and margin. */
export interface ShownMask {
  cells: boolean[][];
  rowTotals: boolean[];
  colTotals: boolean[];
  grand: boolean;
}

/** One line: a total and the parts it adds up (getters/setters into the mask). */
interface Line {
  total: { n: number; shown: () => boolean; hide: () => void };
  parts: { n: number; shown: () => boolean; hide: () => void }[];
}

/** Which cells and margins may be shown under the minimum group size `k` (≥ 2). */
export function suppressSmallGroups(t: CountTable, k: number): ShownMask {
  const visible = (n: number) => n === 0 || n >= k;
  const mask: ShownMask = {
    cells: t.cells.map((row) => row.map(visible)),
    rowTotals: t.rowTotals.map(visible),
    colTotals: t.colTotals.map(visible),
    grand: visible(t.grand),
  };
  const cell = (i: number, j: number) => ({ n: t.cells[i]![j]!, shown: () => mask.cells[i]![j]!, hide: () => { mask.cells[i]![j] = false; } });
  const rowTotal = (i: number) => ({ n: t.rowTotals[i]!, shown: () => mask.rowTotals[i]!, hide: () => { mask.rowTotals[i] = false; } });
  const colTotal = (j: number) => ({ n: t.colTotals[j]!, shown: () => mask.colTotals[j]!, hide: () => { mask.colTotals[j] = false; } });
  const grand = { n: t.grand, shown: () => mask.grand, hide: () => { mask.grand = false; } };
  const rows = t.cells.length;
  const cols = t.colTotals.length;
  const lines: Line[] = [
    ...t.cells.map((_, i) => ({ total: rowTotal(i), parts: Array.from({ length: cols }, (_, j) => cell(i, j)) })),
    ...Array.from({ length: cols }, (_, j) => ({ total: colTotal(j), parts: Array.from({ length: rows }, (_, i) => cell(i, j)) })),
    { total: grand, parts: Array.from({ length: rows }, (_, i) => rowTotal(i)) },
    { total: grand, parts: Array.from({ length: cols }, (_, j) => colTotal(j)) },
  ];
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (!line.total.shown()) continue;
      const hidden = line.parts.filter((p) => p.n > 0 && !p.shown());
      if (hidden.length !== 1) continue;
      line.total.hide();
      changed = true;
    }
  }
  return mask;
}
