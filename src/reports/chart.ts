import type { TopLevelSpec } from 'vega-lite';

/** A Vega-Lite specification (https://vega.github.io/vega-lite/). */
export type ChartSpec = TopLevelSpec;

/* eslint-disable @typescript-eslint/no-require-imports -- vega and resvg take most of a second to load: only processes that draw a chart pay for it */
const vegaLite = () => require('vega-lite') as typeof import('vega-lite');
const vega = () => require('vega') as typeof import('vega');
const resvg = () => require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
/* eslint-enable @typescript-eslint/no-require-imports */

const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

/**
 * Renders a Vega-Lite chart to SVG text, headless: no browser and no canvas library needed.
 * Every chart in digests and reports goes through here so they look alike.
 */
export async function renderChartSvg(spec: ChartSpec): Promise<string> {
  const themed = {
    ...spec,
    config: {
      font: FONT,
      background: 'white',
      view: { stroke: 'transparent' },
      ...(spec as { config?: object }).config,
    },
  } as ChartSpec;
  const compiled = vegaLite().compile(themed).spec;
  const { View, parse } = vega();
  const view = new View(parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Renders a Vega-Lite chart to a PNG image (2x scale for sharp text), e.g. for digests and reports. */
export async function renderChartPng(spec: ChartSpec, scale = 2): Promise<Buffer> {
  const svg = await renderChartSvg(spec);
  const image = new (resvg().Resvg)(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return image.render().asPng();
}
