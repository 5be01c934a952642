/*
 * <coopera-chart>: Coopera's own wrapper around Apache ECharts (Apache-2.0).
 * The server sets `optionJson` (an ECharts option as JSON); the element renders it as SVG with
 * - a colour-blind-safe palette (Okabe-Ito) unless the option sets its own colours, and ECharts'
 *   aria decals (patterns besides colours, for people who do not see colours well);
 * - a world map (series `{type: 'map', map: 'world'}`) whose regions are named by their ISO 3166-1
 *   alpha-2 code (world-atlas' Natural Earth shapes, ISO numeric ids mapped by i18n-iso-countries),
 *   loaded only when a map is shown;
 * - a "save as image" button (a real, focusable button: PNG, or SVG when the PNG cannot be made);
 * - clicks reported as `chart-click` events whose detail carries the clicked item's `id`
 *   (set by the server on each data item) and series id.
 * The table next to each chart is its text alternative; the drawing itself is role="img" with the label.
 */
import { LitElement, css, html } from 'lit';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, MapChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  GeoComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, LineChart, MapChart, PieChart, AriaComponent, GeoComponent, GridComponent, LegendComponent,
  TitleComponent, ToolboxComponent, TooltipComponent, VisualMapComponent, SVGRenderer,
]);

/** Okabe & Ito's palette, distinguishable with the common colour vision deficiencies. */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

let worldLoading: Promise<void> | undefined;

/** Registers the map "world" once: Natural Earth 1:50m countries, each region named by its alpha-2 code. */
function loadWorld(): Promise<void> {
  worldLoading ??= Promise.all([
    import('world-atlas/countries-50m.json'),
    import('topojson-client'),
    import('i18n-iso-countries/codes.json'),
  ]).then(([atlas, topojson, isoCodes]) => {
    const topology: any = (atlas as any).default ?? atlas;
    // rows [alpha-2, alpha-3, numeric, ...]: world-atlas names its countries by the numeric code
    const alpha2ByNumeric = new Map<string, string>(
      ((isoCodes as any).default ?? isoCodes).map((row: string[]) => [row[2], row[0]]));
    const collection: any = (topojson as any).feature(topology, topology.objects.countries);
    collection.features = collection.features
      .map((feature: any) => {
        const code = feature.id === undefined ? undefined : alpha2ByNumeric.get(String(feature.id));
        return code ? { ...feature, properties: { ...feature.properties, name: code } } : undefined;
      })
      .filter((feature: any) => feature !== undefined);
    echarts.registerMap('world', collection);
  });
  return worldLoading;
}

export class CooperaChart extends LitElement {
  static properties = {
    optionJson: { type: String, attribute: 'option-json' },
    label: { type: String },
    saveLabel: { type: String, attribute: 'save-label' },
    fileName: { type: String, attribute: 'file-name' },
  };

  static styles = css`
    :host { display: block; width: 100%; }
    .tools { display: flex; justify-content: flex-end; }
    button {
      font: inherit; font-size: var(--lumo-font-size-s, 0.875rem); cursor: pointer;
      color: var(--lumo-primary-text-color, #0050b3); background: transparent;
      border: 1px solid currentColor; border-radius: var(--lumo-border-radius-m, 4px);
      padding: 0.15em 0.6em; min-height: 24px;
    }
    button:focus-visible { outline: 2px solid var(--lumo-primary-color, #0050b3); outline-offset: 2px; }
    #chart { width: 100%; height: 100%; min-height: 18rem; }
  `;

  optionJson = '{}';
  label = '';
  saveLabel = 'Save as image';
  fileName = 'chart';
  private chart?: echarts.ECharts;
  private resizer?: ResizeObserver;
  private applied = 0;

  /** The ECharts instance (for end-to-end tests that click a given bar or country). */
  get echarts(): echarts.ECharts | undefined {
    return this.chart;
  }

  render() {
    return html`
      <div class="tools"><button type="button" part="save" aria-label=${`${this.saveLabel} — ${this.label}`}
        @click=${this.saveImage}>${this.saveLabel}</button></div>
      <div id="chart" role="img" aria-label=${this.label}></div>`;
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

  private async apply() {
    if (!this.chart) {
      return;
    }
    const run = ++this.applied;
    const option = JSON.parse(this.optionJson || '{}');
    // ECharts writes its own aria-label on the drawing (a generated description in English): use our label
    option.aria = { enabled: true, decal: { show: true }, label: { description: this.label }, ...(option.aria ?? {}) };
    option.color = option.color ?? OKABE_ITO;
    const series = Array.isArray(option.series) ? option.series : [];
    if (series.some((s: any) => s?.type === 'map' && s?.map === 'world')) {
      await loadWorld();
      if (run !== this.applied || !this.chart) {
        return;  // a newer option came in meanwhile
      }
    }
    this.chart.setOption(option, true);
    this.setAttribute('data-rendered', String(run));
  }

  /** Saves the chart as a PNG (drawn from the SVG on a white background), or as SVG if that fails. */
  private saveImage() {
    if (!this.chart) {
      return;
    }
    const svgUrl = this.chart.getDataURL({ type: 'svg' } as any);
    const { width, height } = (this.renderRoot.querySelector('#chart') as HTMLElement).getBoundingClientRect();
    const image = new Image();
    image.onload = () => {
      try {
        const scale = 2;
        const canvas = document.createElement('canvas');
        canvas.width = Math.max(1, Math.round(width * scale));
        canvas.height = Math.max(1, Math.round(height * scale));
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        this.download(canvas.toDataURL('image/png'), 'png');
      } catch {
        this.download(svgUrl, 'svg');
      }
    };
    image.onerror = () => this.download(svgUrl, 'svg');
    image.src = svgUrl;
  }

  private download(url: string, extension: string) {
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.fileName}.${extension}`;
    link.style.display = 'none';
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    this.dispatchEvent(new CustomEvent('image-saved', { detail: { extension } }));
  }
}

customElements.define('coopera-chart', CooperaChart);
