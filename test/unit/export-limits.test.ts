import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundScale, describeClamp, fitScale, MAX_PIXELS, MAX_SIDE } from '../../src/export/limits';

describe('boundScale', () => {
  it('keeps scales from 1 to 4 and bounds the rest', () => {
    expect(boundScale(2.5)).toBe(2.5);
    expect(boundScale(0.2)).toBe(1);
    expect(boundScale(9)).toBe(4);
    expect(boundScale(undefined)).toBe(1);
    expect(boundScale(Number.NaN)).toBe(1);
  });
});

describe('fitScale', () => {
  it('keeps the requested scale when the image fits', () => {
    expect(fitScale(1200, 900, 4)).toEqual({ requested: 4, scale: 4, width: 4800, height: 3600, clamped: undefined });
  });

  it('lowers the scale to the longest side allowed', () => {
    const decision = fitScale(10_000, 500, 4);
    expect(decision.clamped).toBe('side');
    expect(decision.width).toBeLessThanOrEqual(MAX_SIDE);
    expect(decision.width).toBeGreaterThan(MAX_SIDE - 20);
    expect(decision.scale).toBeCloseTo(MAX_SIDE / 10_000, 2);
  });

  it('lowers the scale to the pixel budget for big square images', () => {
    const decision = fitScale(6000, 6000, 4);
    expect(decision.clamped).toBe('pixels');
    expect(decision.width * decision.height).toBeLessThanOrEqual(MAX_PIXELS);
    expect(decision.width * decision.height).toBeGreaterThan(MAX_PIXELS * 0.99);
  });

  it('goes below 1x for graphs wider than the limit at 1x', () => {
    const decision = fitScale(40_000, 30_000, 1);
    expect(decision.scale).toBeLessThan(1);
    expect(Math.max(decision.width, decision.height)).toBeLessThanOrEqual(MAX_SIDE);
    expect(decision.width * decision.height).toBeLessThanOrEqual(MAX_PIXELS);
  });

  it('never exceeds either limit and never returns an empty image', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 200_000, noNaN: true }), fc.double({ min: 1, max: 200_000, noNaN: true }), fc.double({ min: 1, max: 4, noNaN: true }), (w, h, s) => {
        const d = fitScale(w, h, s);
        expect(d.width).toBeLessThanOrEqual(MAX_SIDE);
        expect(d.height).toBeLessThanOrEqual(MAX_SIDE);
        expect(d.width * d.height).toBeLessThanOrEqual(MAX_PIXELS);
        expect(d.width).toBeGreaterThanOrEqual(1);
        expect(d.height).toBeGreaterThanOrEqual(1);
        expect(d.scale).toBeLessThanOrEqual(s);
        expect(d.clamped === undefined).toBe(d.scale === s);
      }),
    );
  });
});

describe('describeClamp', () => {
  it('says what was lowered and why, and nothing when nothing was', () => {
    expect(describeClamp(fitScale(100, 100, 2))).toBe('');
    expect(describeClamp(fitScale(10_000, 500, 4))).toMatch(/^Scaled down from 4x to 1\.6\dx to stay within the browser limit of 16,384 pixels a side \(\d+ x \d+ px\)\.$/);
    expect(describeClamp(fitScale(6000, 6000, 4))).toMatch(/64 megapixels/);
  });
});
