import { encodePng, type Rgba } from './encode-png.js';

/** NHS Blue (#005EB8), the NHS identity's primary colour. */
export const NHS_BLUE: Rgba = [0x00, 0x5e, 0xb8, 0xff];
const WHITE: Rgba = [0xff, 0xff, 0xff, 0xff];
const CLEAR: Rgba = [0xff, 0xff, 0xff, 0x00];

/**
 * The two icons Teams asks for: a 192x192 full-colour icon (three white server shelves on NHS blue)
 * and a 32x32 outline icon (the same shelves in white on transparent, as Teams requires).
 */
export function drawAppIcons(): { color: Buffer; outline: Buffer } {
  return {
    color: encodePng(192, 192, (x, y) => (inShelf(x, y, 192) ? WHITE : NHS_BLUE)),
    outline: encodePng(32, 32, (x, y) => (inShelf(x, y, 32) ? WHITE : CLEAR)),
  };
}

/** Three stacked rounded bars with a gap between, each with a "status light" notch cut out. */
function inShelf(x: number, y: number, size: number): boolean {
  const unit = size / 32;
  const left = 6 * unit;
  const right = 26 * unit;
  for (const top of [7, 14, 21]) {
    const y0 = top * unit;
    const y1 = (top + 5) * unit;
    if (y < y0 || y >= y1 || x < left || x >= right) continue;
    const light = x >= 9 * unit && x < 11 * unit && y >= y0 + 2 * unit && y < y0 + 3 * unit;
    const corner = (x < left + unit || x >= right - unit) && (y < y0 + unit * 0.5 || y >= y1 - unit * 0.5);
    return !light && !corner;
  }
  return false;
}
