import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AidImportProblem } from '@shanhai/shared/contracts';
import { FIRST_RENDER, renderInConsole } from '../testing/render-admin';
import { ProblemTable } from './problem-table';

const problems: AidImportProblem[] = [
  { line: 3, column: 'amount', message: 'must be yuan with at most two decimals, e.g. 1280.50' },
  { line: 5, column: 'cooperative', message: 'no cooperative with this slug or credit code' },
  { line: 7, column: null, message: 'has 9 cells, the header has 7' },
];

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('ProblemTable', () => {
  it('lists each problem by its line, in the file’s own column names', async () => {
    await renderInConsole(<ProblemTable problems={problems} problemCount={3} />);
    const table = await screen.findByRole('table', {}, FIRST_RENDER);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['行号', '列', '问题']);
    expect(rowsOf(table)).toEqual([
      ['3', '金额（元）', 'must be yuan with at most two decimals, e.g. 1280.50'],
      ['5', '供货主体', 'no cooperative with this slug or credit code'],
      ['7', '整行', 'has 9 cells, the header has 7'],
    ]);
    expect(screen.queryByText(/仅列出|列出前/)).not.toBeInTheDocument();
  });

  it('uses the English headers in English, and says when only the first problems are listed', async () => {
    await renderInConsole(<ProblemTable problems={problems} problemCount={612} />, { language: 'en' });
    const table = await screen.findByRole('table', {}, FIRST_RENDER);
    expect(rowsOf(table).map((row) => row[1])).toEqual(['amount (yuan)', 'cooperative', 'Whole row']);
    expect(screen.getByText('The table lists the first 3 of 612 problems.')).toBeInTheDocument();
  });
});
