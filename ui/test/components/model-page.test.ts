import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ModelPage from '../../src/components/ModelPage.svelte';
import { modelInfo } from '../fixtures';

describe('ModelPage', () => {
  it('shows each gate with the test value and its verdict in words', () => {
    const model = modelInfo();
    model.gates.push({ metric: 'rmse', op: '<=', threshold: 10000 });
    render(ModelPage, { model });
    const gates = within(screen.getByRole('region', { name: 'Quality gates' }));
    const rows = gates
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent.trim()));
    expect(rows).toEqual([
      ['r2 >= 0.6', '0.9868', '✓ passes'],
      ['mape <= 25 %', '3.25 %', '✓ passes'],
      ['rmse <= $10,000', '$18,142', '✗ fails'],
    ]);
  });

  it('compares test metrics with predicting the training mean', () => {
    render(ModelPage, { model: modelInfo() });
    const metrics = within(screen.getByRole('region', { name: 'Test metrics' }));
    expect([...metrics.getByRole('rowheader', { name: 'rmse (primary)' }).parentElement!.children].map((cell) => cell.textContent)).toEqual(
      ['rmse (primary)', '$18,142', '$158,165'],
    );
  });

  it('draws feature importance and predicted-vs-actual as described SVG images', () => {
    render(ModelPage, { model: modelInfo() });
    const importance = screen.getByRole('img', { name: /Feature importance \(rmse\)/ });
    expect(importance.querySelectorAll('rect')).toHaveLength(3);
    expect(importance.querySelector('desc')?.textContent).toBe('sqft $51,234, location $20,111, house_age $3,000');
    const scatter = screen.getByRole('img', { name: /Predicted against actual/ });
    expect(scatter.querySelectorAll('circle')).toHaveLength(3);
    expect(scatter.querySelector('desc')?.textContent).toMatch(/3 held-out test rows, values from \$180,000 to \$410,000/);
  });

  it('says when the bundle recorded no git commit', () => {
    render(ModelPage, { model: { ...modelInfo(), git_sha: null } });
    expect(screen.getByText('not recorded in the bundle')).toBeTruthy();
  });

  it('shows the data fingerprint and the interval calibration', () => {
    render(ModelPage, { model: modelInfo() });
    expect(screen.getByText('f8f0ecd98a552d73b687d5333438261fe7ac482d9514d526a3bc0d0d7a5333e2')).toBeTruthy();
    expect(screen.getByText(/split-conformal, 90 % coverage, calibrated on 400 held-out rows;\s+each prediction ± \$29,877/)).toBeTruthy();
  });

  it('says the interval width varies per row when the server has no single half-width', () => {
    const model = modelInfo();
    model.interval = { ...model.interval, method: 'normalised-split-conformal', half_width: null, varies_per_row: true };
    render(ModelPage, { model });
    expect(
      screen.getByText(
        /normalised-split-conformal, 90 % coverage, calibrated on 400 held-out rows;\s+each prediction's width follows its size/,
      ),
    ).toBeTruthy();
  });
});
