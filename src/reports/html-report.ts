import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderChartPng, type ChartSpec } from './chart';

/** One block of a report: a heading, optional prose, an optional table and an optional chart. */
export interface ReportSection {
  title: string;
  text?: string;
  table?: { columns: string[]; rows: (string | number)[][] };
  chart?: { file: string; spec: ChartSpec; alt: string };
}

/**
 * Writes each section's chart as a PNG into `dir` and one self-contained `index.html` that shows
 * them (images inlined as data URIs, so the page can be mailed or attached on its own).
 * Returns the path of the HTML page.
 */
export async function writeHtmlReport(
  dir: string,
  title: string,
  sections: ReportSection[],
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const blocks: string[] = [];
  for (const section of sections) {
    const parts = [`<h2>${escapeHtml(section.title)}</h2>`];
    if (section.text) parts.push(`<p>${escapeHtml(section.text)}</p>`);
    if (section.table) parts.push(tableHtml(section.table));
    if (section.chart) {
      const png = await renderChartPng(section.chart.spec);
      await writeFile(path.join(dir, section.chart.file), png);
      parts.push(
        `<img alt="${escapeHtml(section.chart.alt)}" src="data:image/png;base64,${png.toString('base64')}">`,
      );
    }
    blocks.push(`<section>${parts.join('\n')}</section>`);
  }
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:1000px;margin:2rem auto;padding:0 1rem;color:#222}
img{max-width:100%;border:1px solid #eee}table{border-collapse:collapse;margin:1rem 0}
td,th{border:1px solid #ddd;padding:4px 8px;text-align:right}th{background:#f5f5f5}</style></head>
<body><h1>${escapeHtml(title)}</h1>
<p><small>Generated ${new Date().toISOString()}</small></p>
${blocks.join('\n')}
</body></html>
`;
  const file = path.join(dir, 'index.html');
  await writeFile(file, html);
  return file;
}

function tableHtml(table: { columns: string[]; rows: (string | number)[][] }): string {
  const head = table.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(String(cell))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
