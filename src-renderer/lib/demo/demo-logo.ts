// The demo municipality's coat of arms, drawn rather than shipped: a shield, red with a white cross.
import { encodePalettePng, pngDataUrl } from '../documents/png';

const WIDTH = 120;
const HEIGHT = 144;
const TRANSPARENT = 0;
const BORDER = 1;
const WHITE = 2;
const RED = 3;

export function demoLogoPng(): { dataUrl: string; width: number; height: number } {
  const cx = WIDTH / 2;
  const png = encodePalettePng(
    WIDTH,
    HEIGHT,
    [
      [255, 255, 255, 0],
      [23, 50, 77, 255],
      [255, 255, 255, 255],
      [196, 30, 58, 255],
    ],
    (x, y) => {
      // Straight sides down to 60%, then a rounded point.
      const inside = y >= 4 && x >= 4 && x < WIDTH - 4 && (y < HEIGHT * 0.6 || ((x - cx) / (cx - 4)) ** 2 + ((y - HEIGHT * 0.6) / (HEIGHT * 0.4 - 4)) ** 2 <= 1);
      if (!inside) return TRANSPARENT;
      const border = y < 9 || x < 9 || x >= WIDTH - 9 || (y >= HEIGHT * 0.6 && ((x - cx) / (cx - 9)) ** 2 + ((y - HEIGHT * 0.6) / (HEIGHT * 0.4 - 9)) ** 2 > 1);
      if (border) return BORDER;
      return Math.abs(x - cx) < 10 || Math.abs(y - HEIGHT * 0.42) < 10 ? WHITE : RED;
    },
  );
  return { dataUrl: pngDataUrl(png), width: WIDTH, height: HEIGHT };
}
