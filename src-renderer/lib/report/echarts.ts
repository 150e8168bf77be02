// Apache ECharts, only the parts the app draws (bar and line charts, axes, legend, tooltip, SVG renderer): the
// screens load it when a chart is first shown, and the exports and `npm run report` use its server-side
// rendering to get the same chart as an SVG string, in the browser or in Node (no DOM needed).
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export { echarts };

/** The chart as a standalone SVG document, `width` × `height` pixels. */
export function renderChartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false, tooltip: undefined });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
