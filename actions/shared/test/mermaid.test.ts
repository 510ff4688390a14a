import { describe, expect, it } from '@jest/globals';
import { barChart, featureImportanceChart, predictedVsActualChart } from '../src/mermaid.js';

describe('mermaid charts', () => {
  it('draws predicted and actual as two lines ordered by the actual value', () => {
    const chart = predictedVsActualChart({ sample: { actual: [300, 100, 200], predicted: [310, 90, 215] }, target: 'price' });
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      'xychart-beta',
      '    title "Predicted vs actual price (3 test rows, sorted by actual)"',
      '    x-axis "test row (by actual value)" 1 --> 3',
      '    y-axis "price"',
      '    line [100, 200, 300]',
      '    line [90, 215, 310]',
      '```',
    ]);
  });
  it('rounds chart values to four significant digits', () => {
    const chart = predictedVsActualChart({ sample: { actual: [123456.7], predicted: [0.000123456] }, target: 'y' });
    expect(chart).toContain('line [123500]');
    expect(chart).toContain('line [0.0001235]');
  });
  it('quotes bar labels and replaces double quotes inside them', () => {
    const chart = barChart({ title: 'a "b"', yLabel: 'rmse', labels: ['size "sqft"', 'age'], values: [2, -0.5] });
    expect(chart).toContain(`title "a 'b'"`);
    expect(chart).toContain(`x-axis ["size 'sqft'", "age"]`);
    expect(chart).toContain('bar [2, -0.5]');
  });
  it('limits feature importance to the top features', () => {
    const importance = Array.from({ length: 20 }, (_, i) => ({ feature: `f${i}`, importance: 20 - i }));
    const chart = featureImportanceChart({ importance, metric: 'rmse', limit: 3 });
    expect(chart).toContain('x-axis ["f0", "f1", "f2"]');
    expect(chart).toContain('bar [20, 19, 18]');
  });
  it('refuses series of unequal length and non-finite values', () => {
    expect(() => predictedVsActualChart({ sample: { actual: [1, 2], predicted: [1] }, target: 'y' })).toThrow('2 actual and 1 predicted');
    expect(() => barChart({ title: 't', yLabel: 'y', labels: ['a'], values: [NaN] })).toThrow('cannot chart the value NaN');
  });
});
