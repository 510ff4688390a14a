import { describe, expect, it } from 'vitest';
import { barLayout, scatterLayout } from '../src/lib/charts';

describe('barLayout', () => {
  it('scales bars to the largest value and stacks them', () => {
    expect(
      barLayout(
        [
          { label: 'a', value: 50 },
          { label: 'b', value: 25 },
        ],
        200,
        20,
      ),
    ).toEqual([
      { label: 'a', value: 50, width: 200, y: 0 },
      { label: 'b', value: 25, width: 100, y: 20 },
    ]);
  });

  it('draws zero-width bars when every value is zero', () => {
    expect(barLayout([{ label: 'a', value: 0 }], 200, 20)[0]?.width).toBe(0);
  });
});

describe('scatterLayout', () => {
  it('puts actual and predicted on one scale, predicted growing upwards', () => {
    const scatter = scatterLayout([100, 200], [100, 300], 100);
    expect([scatter.min, scatter.max]).toEqual([100, 300]);
    expect(scatter.points).toEqual([
      { x: 0, y: 100 },
      { x: 50, y: 0 },
    ]);
  });

  it('uses only paired values', () => {
    expect(scatterLayout([1, 2, 3], [1], 10).points).toHaveLength(1);
  });
});
