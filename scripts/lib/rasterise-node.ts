// SVG to PNG in Node for `npm run report`: resvg (a well-kept Rust renderer, prebuilt for each platform in the
// npm registry), with the system's fonts, at twice the size for a sharp print. resvg does not follow the
// system's font aliases, so the chart's font list gets the usual metric twins of Arial after it.
import { Resvg } from '@resvg/resvg-js';

const FALLBACKS = "Arial, 'Liberation Sans', 'Helvetica Neue', Helvetica, 'DejaVu Sans', sans-serif";

export async function rasteriseInNode(svg: string, width: number, _height: number, scale = 2): Promise<Uint8Array> {
  const withFonts = svg.replace(/font-family:([^;"]*);/g, (_, list: string) => `font-family:${list.replace(/,?\s*(Arial|Helvetica|sans-serif)\b/g, '')}, ${FALLBACKS};`);
  const resvg = new Resvg(withFonts, {
    fitTo: { mode: 'width', value: width * scale },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
  });
  return new Uint8Array(resvg.render().asPng());
}
