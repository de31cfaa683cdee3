/**
 * Hint placement (src/ui/place.ts): a hint goes where it covers nothing of the page — beside the field,
 * sliding right past what is in the way, else below, else above — and a field with no room gets a marker.
 */
import { describe, expect, it } from 'vitest';
import { intersects, MARKER_SIZE, placeHint, placeMarker } from '../src/ui/place.ts';

const field = { top: 100, left: 100, width: 200, height: 30 };
const size = { width: 150, height: 40 };
const PAGE = 1000;

describe('placeHint', () => {
  it('goes beside the field, level with it, when nothing is there', () => {
    expect(placeHint(field, size, [field], PAGE)).toEqual({ top: 100, left: 306, ...size });
  });

  it('slides right past page text or a control beside the field', () => {
    const suffix = { top: 105, left: 310, width: 90, height: 20 }; // "个自然日内发货"
    const spot = placeHint(field, size, [field, suffix], PAGE);
    expect(spot).toEqual({ top: 100, left: 406, ...size });
  });

  it('goes below, then above, when the right side runs off the page', () => {
    const narrow = 400;
    expect(placeHint(field, size, [field], narrow)).toEqual({ top: 136, left: 100, ...size });
    const below = { top: 131, left: 0, width: 400, height: 60 }; // help text under the field
    expect(placeHint(field, size, [field, below], narrow)).toEqual({ top: 54, left: 100, ...size });
  });

  it('never returns a spot that covers an obstacle; none free -> null (marker)', () => {
    const wall = { top: 0, left: 0, width: 400, height: 400 };
    expect(placeHint(field, size, [wall], 400)).toBeNull();
    const obstacles = [
      field,
      { top: 60, left: 0, width: 1000, height: 30 },
      { top: 136, left: 0, width: 1000, height: 30 },
    ];
    const spot = placeHint(field, size, obstacles, PAGE);
    expect(spot).not.toBeNull();
    if (spot) for (const o of obstacles) expect(intersects(spot, o)).toBe(false);
  });
});

describe('placeMarker', () => {
  it('sits just right of the field when free, else on its top-right corner (never its centre)', () => {
    expect(placeMarker(field, [field], PAGE)).toEqual({
      top: 107,
      left: 302,
      width: MARKER_SIZE,
      height: MARKER_SIZE,
    });
    const m = placeMarker(field, [field, { top: 90, left: 300, width: 100, height: 50 }], PAGE);
    expect(m).toEqual({ top: 92, left: 292, width: MARKER_SIZE, height: MARKER_SIZE });
    const centre = {
      left: field.left + field.width / 2,
      top: field.top + field.height / 2,
      width: 1,
      height: 1,
    };
    expect(intersects(m, centre)).toBe(false);
  });
});
