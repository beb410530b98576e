import type { Middleware, TurnContext } from 'botbuilder';
import { stringify } from 'csv-stringify/sync';
import type { Reply, ReplyFile, ReplyImage } from '../../dialogs/reply';
import { replaceReply, replyOf } from '../../dialogs/turn-state';
import { renderChartPng, type ChartSpec } from '../../reports/chart';

/**
 * Draws what a reply describes as data, for every channel: charts (Vega-Lite) become PNG data
 * URIs, tables become CSV files. Skills and dialogs only describe; drawing happens here, at the edge.
 */
export async function materialiseReply(reply: Reply): Promise<Reply> {
  if (!reply.images?.some((i) => i.chart) && !reply.files?.some((f) => f.table)) return reply;
  return {
    ...reply,
    ...(reply.images ? { images: await Promise.all(reply.images.map(drawImage)) } : {}),
    ...(reply.files ? { files: reply.files.map(writeFile) } : {}),
  };
}

async function drawImage(image: ReplyImage): Promise<ReplyImage> {
  if (!image.chart || image.url) return image;
  const png = await renderChartPng(image.chart as unknown as ChartSpec);
  return { alt: image.alt, url: `data:image/png;base64,${png.toString('base64')}` };
}

function writeFile(file: ReplyFile): ReplyFile {
  if (!file.table || file.base64) return file;
  const csv = stringify([file.table.columns, ...file.table.rows]);
  return {
    name: file.name,
    contentType: file.contentType,
    base64: Buffer.from(csv, 'utf8').toString('base64'),
  };
}

/** Materialises the reply of every outgoing activity before the channel renders or returns it. */
export class ReplyMaterialiser implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.onSendActivities(async (_context, activities, sendNext) => {
      for (const activity of activities) {
        const reply = replyOf(activity);
        if (reply) replaceReply(activity, await materialiseReply(reply));
      }
      return sendNext();
    });
    await next();
  }
}
