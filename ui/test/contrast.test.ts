// @vitest-environment node
// WCAG 2 contrast of the colour pairs app.css uses for text, read from the stylesheet itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../src/app.css', import.meta.url), 'utf8');

function variable(name: string): string {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (!match?.[1]) throw new Error(`app.css lacks --${name}`);
  return match[1];
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('colour contrast (WCAG AA: 4.5:1 for text)', () => {
  const white = '#ffffff';
  const pairs: [string, string, string][] = [
    ['body text', variable('text'), white],
    ['hints', variable('muted'), white],
    ['hints on the result panel', variable('muted'), '#eff6ff'],
    ['links', variable('accent'), white],
    ['button text', white, variable('accent')],
    ['errors', variable('error'), white],
    ['errors on the problem panel', variable('error'), '#fef2f2'],
    ['passing gates', variable('pass'), white],
  ];

  it.each(pairs)('%s reach 4.5:1', (_, foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('the panel backgrounds used above are the ones app.css sets', () => {
    expect(css).toContain('background: #eff6ff;');
    expect(css).toContain('background: #fef2f2;');
  });
});
