import { describe, expect, it } from '@jest/globals';
import { barChart, featureImportanceChart, lineChart, predictedVsActualChart } from '../src/mermaid.js';

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
    expect(lineChart({ title: 't', xLabel: 'x', yLabel: 'y', series: [[123456.7, 0.000123456]] })).toContain('line [123500, 0.0001235]');
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
    expect(() => lineChart({ title: 't', xLabel: 'x', yLabel: 'y', series: [[1, 2], [1]] })).toThrow('same length');
    expect(() => barChart({ title: 't', yLabel: 'y', labels: ['a'], values: [NaN] })).toThrow('cannot chart the value NaN');
  });
});
