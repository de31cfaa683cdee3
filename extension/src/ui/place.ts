/**
 * Where a hint may go without covering anything of the page: beside the field, else below, else above,
 * flipping away from page controls, the page's own help text, other hints and the page's edges. When no
 * spot is free the field gets a small marker instead and the message opens on hover / focus.
 * Pure geometry in document coordinates (tested in test/place.test.ts).
 */

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Gap between a field and its hint. */
const GAP = 6;
export const MARKER_SIZE = 16;

export function intersects(a: Box, b: Box): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

/** Candidate spots for a hint of `size` next to `field`, best first. */
function candidates(field: Box, size: Size): Box[] {
  const right = field.left + field.width + GAP;
  const below = field.top + field.height + GAP;
  const above = field.top - size.height - GAP;
  const alignRight = field.left + field.width - size.width;
  return [
    { top: field.top, left: right }, // beside, level with the field
    { top: field.top + field.height - size.height, left: right }, // beside, bottom-aligned
    { top: below, left: field.left },
    { top: below, left: alignRight },
    { top: above, left: field.left },
    { top: above, left: alignRight },
  ].map((p) => ({ ...p, ...size }));
}

function free(spot: Box, obstacles: readonly Box[], pageWidth: number): boolean {
  if (spot.left < 0 || spot.top < 0 || spot.left + spot.width > pageWidth) return false;
  return !obstacles.some((o) => o.width > 0 && o.height > 0 && intersects(spot, o));
}

/** How often a spot beside the field slides right past what is in its way ("[1] 自然日内发货" text, a picker). */
const SLIDES = 4;

/** The first free spot for the hint, or null (use a marker). */
export function placeHint(field: Box, size: Size, obstacles: readonly Box[], pageWidth: number): Box | null {
  for (const [i, spot] of candidates(field, size).entries()) {
    let s = spot;
    for (let slide = 0; slide <= (i < 2 ? SLIDES : 0); slide++) {
      if (free(s, obstacles, pageWidth)) return s;
      const inWay = obstacles.filter((o) => intersects(s, o));
      if (inWay.length === 0) break; // off the page's edge: sliding right will not help
      s = { ...s, left: Math.max(...inWay.map((o) => o.left + o.width)) + GAP };
    }
  }
  return null;
}

/**
 * A marker for a field with no room for its hint: just right of the field when free, else on the field's
 * top-right corner (over its border, never its centre, where a click lands).
 */
export function placeMarker(field: Box, obstacles: readonly Box[], pageWidth: number): Box {
  const size = { width: MARKER_SIZE, height: MARKER_SIZE };
  const beside = {
    top: field.top + Math.max(0, (field.height - MARKER_SIZE) / 2),
    left: field.left + field.width + 2,
    ...size,
  };
  if (free(beside, obstacles, pageWidth)) return beside;
  return { top: field.top - MARKER_SIZE / 2, left: field.left + field.width - MARKER_SIZE / 2, ...size };
}
