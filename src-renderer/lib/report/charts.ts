// The charts of the programme report and of a session's questionnaire results, as Apache ECharts options:
// plain data, built the same way for the screen (drawn live as SVG) and for the exports (drawn as an SVG string
// by ECharts' server-side rendering, then turned into a PNG). Every chart's numbers are also in a table beside
// it (screen, Word, Excel). Pure: no ECharts import here.
import type { EChartsOption } from 'echarts';
import { formatMonth, type Locale } from '../domain/dates';
import { formatAverage } from '../domain/feedback';
import type { MessageKey } from '../i18n/catalogue';
import { translate } from '../i18n/translate';
import type { ProgrammeReport, ScaleSummary } from './programme-report';

/** The look shared with the documents (lib/documents/theme.ts): Bootstrap Italia's blues, Titillium or Arial. */
export const CHART_COLOURS = { primary: '#0066CC', secondary: '#17324D', accent: '#F5A623', grid: '#D9DADB', ink: '#1A1A1A', muted: '#5C6F82' } as const;
const FONT = "'Titillium Web', Arial, Helvetica, sans-serif";


const number = (lang: Locale, n: number, digits = 0) => n.toLocaleString(lang === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

const base = (): EChartsOption => ({
  animation: false,
  textStyle: { fontFamily: FONT, color: CHART_COLOURS.ink, fontSize: 12 },
  color: [CHART_COLOURS.primary, CHART_COLOURS.accent, CHART_COLOURS.secondary],
});

/** People present per month (bars) and person-hours (line, right axis). */
export function monthlyChart(report: ProgrammeReport, lang: Locale): EChartsOption {
  const present = translate(lang, 'report.col.present');
  const hoursLabel = translate(lang, 'report.col.personHours');
  return {
    ...base(),
    aria: { enabled: true, label: { description: translate(lang, 'report.months.chart') } },
    legend: { top: 0, data: [present, hoursLabel] },
    grid: { left: 48, right: 56, top: 36, bottom: 48 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: report.months.map((m) => formatMonth(m.month, lang, true)), axisLabel: { rotate: report.months.length > 12 ? 45 : 0, hideOverlap: true } },
    yAxis: [
      { type: 'value', name: present, minInterval: 1, splitLine: { lineStyle: { color: CHART_COLOURS.grid } } },
      { type: 'value', name: hoursLabel, splitLine: { show: false } },
    ],
    series: [
      { name: present, type: 'bar', data: report.months.map((m) => m.participantsPresent), label: { show: report.months.length <= 12, position: 'top', formatter: ({ value }) => (Number(value) ? String(value) : '') } },
      { name: hoursLabel, type: 'line', yAxisIndex: 1, data: report.months.map((m) => m.personHours), symbolSize: 6, lineStyle: { width: 2 } },
    ],
  };
}

export const TOP_ORGANISATIONS = 12;

/** People present per organisation, the largest first (the others are in the table). */
export function organisationsChart(report: ProgrammeReport, lang: Locale): EChartsOption {
  const top = report.organisations.slice(0, TOP_ORGANISATIONS).reverse();
  return {
    ...base(),
    aria: { enabled: true, label: { description: translate(lang, 'report.organisations.chart', { count: top.length }) } },
    grid: { left: 8, right: 40, top: 8, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: CHART_COLOURS.grid } } },
    yAxis: { type: 'category', data: top.map((o) => (o.name.length > 34 ? `${o.name.slice(0, 33)}…` : o.name)) },
    series: [{ type: 'bar', data: top.map((o) => o.participants), label: { show: true, position: 'right' }, barMaxWidth: 22 }],
  };
}

export function scaleLabel(lang: Locale, id: ScaleSummary['id']): string {
  return translate(lang, `report.scale.${id}` as MessageKey);
}

/** The average of each standard question, on a fixed 1–5 axis. */
export function satisfactionChart(summaries: readonly ScaleSummary[], lang: Locale): EChartsOption {
  const rows = [...summaries].reverse();
  return {
    ...base(),
    aria: { enabled: true, label: { description: translate(lang, 'report.satisfaction.chart') } },
    grid: { left: 8, right: 48, top: 8, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'value', min: 0, max: 5, interval: 1, splitLine: { lineStyle: { color: CHART_COLOURS.grid } } },
    yAxis: { type: 'category', data: rows.map((s) => scaleLabel(lang, s.id)) },
    series: [{ type: 'bar', data: rows.map((s) => (s.average === null ? 0 : Math.round(s.average * 100) / 100)), label: { show: true, position: 'right', formatter: ({ dataIndex }) => formatAverage(rows[dataIndex]!.average, lang) }, barMaxWidth: 22 }],
  };
}

/** How many gave 1, 2, 3, 4, 5 to one question. */
export function distributionChart(distribution: readonly number[], lang: Locale, title: string): EChartsOption {
  return {
    ...base(),
    aria: { enabled: true, label: { description: title } },
    grid: { left: 36, right: 12, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: [1, 2, 3, 4, 5].map((n) => `${n} · ${translate(lang, `feedback.scale.${n}` as MessageKey)}`), axisLabel: { interval: 0, fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: CHART_COLOURS.grid } } },
    series: [{ type: 'bar', data: [...distribution], label: { show: true, position: 'top', formatter: ({ value }) => (Number(value) ? number(lang, Number(value)) : '') }, barMaxWidth: 36 }],
  };
}
