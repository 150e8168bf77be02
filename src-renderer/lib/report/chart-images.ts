// The report's charts as PNG images for the Word document: each chart drawn as SVG by ECharts' server-side
// rendering, then turned into a PNG by a rasteriser the caller gives (a canvas in the app, resvg in Node for
// `npm run report`), since Word and LibreOffice both show PNG the same way.
import type { Locale } from '../domain/dates';
import type { ImageRef } from '../documents/model';
import { monthlyChart, organisationsChart, satisfactionChart } from './charts';
import { renderChartSvg } from './echarts';
import type { ProgrammeReport } from './programme-report';

/** Draws an SVG of `width` × `height` pixels into PNG bytes. */
export type SvgRasteriser = (svg: string, width: number, height: number) => Promise<Uint8Array>;

export interface ReportChartImages {
  monthly: ImageRef | null;
  organisations: ImageRef | null;
  satisfaction: ImageRef | null;
}

/** Width of a chart on the A4 page, in millimetres (the text is 174 mm wide). */
const PAGE_WIDTH_MM = 170;

export function pngDataUrl(png: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < png.length; i += 0x8000) binary += String.fromCharCode(...png.subarray(i, i + 0x8000));
  return `data:image/png;base64,${btoa(binary)}`;
}

async function image(svg: string, width: number, height: number, alt: string, rasterise: SvgRasteriser): Promise<ImageRef> {
  const png = await rasterise(svg, width, height);
  return { dataUrl: pngDataUrl(png), width: PAGE_WIDTH_MM, height: Math.round((PAGE_WIDTH_MM * height) / width), alt };
}

/** The three charts of the report; a chart with nothing to show is left out (null). */
export async function reportChartImages(report: ProgrammeReport, lang: Locale, rasterise: SvgRasteriser, alt: (key: 'months' | 'organisations' | 'satisfaction') => string): Promise<ReportChartImages> {
  const monthly = report.sessions > 0 ? await image(renderChartSvg(monthlyChart(report, lang), 760, 320), 760, 320, alt('months'), rasterise) : null;
  const orgHeight = 60 + Math.min(report.organisations.length, 12) * 26;
  const organisations = report.organisations.length ? await image(renderChartSvg(organisationsChart(report, lang), 760, orgHeight), 760, orgHeight, alt('organisations'), rasterise) : null;
  const satisfaction = report.responses > 0 ? await image(renderChartSvg(satisfactionChart(report.satisfaction, lang), 760, 200), 760, 200, alt('satisfaction'), rasterise) : null;
  return { monthly, organisations, satisfaction };
}
