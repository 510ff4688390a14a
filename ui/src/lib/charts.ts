// Geometry for the model page's SVG charts: pure functions, so the scales are unit-tested.

export interface Bar {
  label: string;
  value: number;
  width: number;
  y: number;
}

export function barLayout(items: { label: string; value: number }[], width: number, rowHeight: number): Bar[] {
  const largest = Math.max(...items.map((item) => Math.abs(item.value)), 0);
  return items.map((item, i) => ({
    label: item.label,
    value: item.value,
    width: largest === 0 ? 0 : (Math.abs(item.value) / largest) * width,
    y: i * rowHeight,
  }));
}

export interface ScatterPoint {
  x: number;
  y: number;
}

export interface Scatter {
  points: ScatterPoint[];
  min: number;
  max: number;
  /** Maps a data value to a pixel offset along an axis of `size` pixels. */
  scale: (value: number) => number;
}

/** Predicted (y) against actual (x) on one shared scale, so the diagonal is the perfect prediction. */
export function scatterLayout(actual: number[], predicted: number[], size: number): Scatter {
  const count = Math.min(actual.length, predicted.length);
  const values = [...actual.slice(0, count), ...predicted.slice(0, count)];
  const min = values.length === 0 ? 0 : Math.min(...values);
  const max = values.length === 0 ? 1 : Math.max(...values);
  const span = max - min || 1;
  const scale = (value: number) => ((value - min) / span) * size;
  const points = Array.from({ length: count }, (_, i) => ({ x: scale(actual[i] ?? 0), y: size - scale(predicted[i] ?? 0) }));
  return { points, min, max, scale };
}
