/*
 * <coopera-chart>: Coopera's own wrapper around Apache ECharts (Apache-2.0).
 * The server sets `optionJson` (an ECharts option as JSON); the element renders it as SVG,
 * with ECharts' aria decals (patterns besides colours, for people who do not see colours well),
 * a "save as image" tool, and reports clicks as `chart-click` events whose detail carries the
 * clicked item's `id` (set by the server on each data item) and series id.
 * The table next to each chart is its text alternative; the chart itself is role="img".
 */
import { LitElement, css, html } from 'lit';
import * as echarts from 'echarts/core';
import { BarChart, MapChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, MapChart, PieChart, AriaComponent, GridComponent, LegendComponent, TitleComponent,
  ToolboxComponent, TooltipComponent, VisualMapComponent, SVGRenderer,
]);

export class CooperaChart extends LitElement {
  static properties = {
    optionJson: { type: String, attribute: 'option-json' },
  };

  static styles = css`
    :host { display: block; width: 100%; min-height: 18rem; }
    #chart { width: 100%; height: 100%; min-height: 18rem; }
  `;

  optionJson = '{}';
  private chart?: echarts.ECharts;
  private resizer?: ResizeObserver;

  render() {
    return html`<div id="chart"></div>`;
  }

  firstUpdated() {
    const container = this.renderRoot.querySelector('#chart') as HTMLElement;
    this.chart = echarts.init(container, undefined, { renderer: 'svg' });
    this.chart.on('click', (params: any) => {
      this.dispatchEvent(new CustomEvent('chart-click', {
        detail: { id: params?.data?.id ?? null, seriesId: params?.seriesId ?? null, name: params?.name ?? null },
      }));
    });
    this.resizer = new ResizeObserver(() => this.chart?.resize());
    this.resizer.observe(this);
    this.apply();
  }

  updated(changed: Map<string, unknown>) {
    if (changed.has('optionJson')) {
      this.apply();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizer?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private apply() {
    if (!this.chart) {
      return;
    }
    const option = JSON.parse(this.optionJson || '{}');
    option.aria = { enabled: true, decal: { show: true }, ...(option.aria ?? {}) };
    option.toolbox = option.toolbox ?? { feature: { saveAsImage: {} } };
    this.chart.setOption(option, true);
  }
}

customElements.define('coopera-chart', CooperaChart);
