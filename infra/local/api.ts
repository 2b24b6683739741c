import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventEnvelope } from '../../shared/events/envelope.ts';
import type { ReadModelFilter, ReadModelName, ReadModelStore } from '../../shared/ports.ts';
import { InvalidFilterError, validateFilter } from '../../shared/projections/filter.ts';
import { handleDashboard, type DashboardOptions } from './dashboard-routes.ts';
import type { LocalEventBus } from './local-bus.ts';

const MODELS: ReadModelName[] = ['missions', 'entities', 'timeline', 'articles'];
const FILTERS: Array<Exclude<keyof ReadModelFilter, 'history'>> = [
  'type',
  'actor',
  'location',
  'since',
  'until',
  'within',
  'status',
  'activeOn',
  'sort',
];

export interface ApiOptions {
  port?: number;
  host?: string;
  readModels: ReadModelStore;
  bus: LocalEventBus;
  status: () => Promise<Record<string, unknown>>;
  /** Serves the dashboard page, article texts and uploads (see dashboard-routes.ts). */
  dashboard?: DashboardOptions;
}

/**
 * The local HTTP API of `sitrep dev`: read models as JSON (`GET /missions?actor=Russia`), pipeline status, and a
 * live Server-Sent Events stream of envelopes filtered by an EventBridge pattern (`GET /events?pattern={...}`).
 */
export async function startApi(opts: ApiOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const streams = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) =>
      send(res, 500, { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) }),
    );
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    if (opts.dashboard && (await handleDashboard(req, res, url, opts.dashboard, send))) return;
    if (req.method !== 'GET') return send(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'only GET is supported' });
    if (path === '/')
      return send(res, 200, {
        routes: ['/health', '/status', ...MODELS.map((m) => `/${m}`), '/events?pattern=<EventBridge pattern JSON>'],
      });
    if (path === '/health') return send(res, 200, { ok: true });
    if (path === '/status') return send(res, 200, await opts.status());
    const model = path.slice(1) as ReadModelName;
    if (MODELS.includes(model)) {
      const filter: ReadModelFilter = {};
      for (const f of FILTERS) {
        const v = url.searchParams.get(f);
        if (v) filter[f] = v;
      }
      // JSON consumers get the whole structure: a mission's full history (see ReadModelFilter.history).
      if (model === 'missions') filter.history = 'full';
      try {
        validateFilter(filter);
      } catch (err) {
        if (err instanceof InvalidFilterError) return send(res, 400, { code: 'INVALID_FILTER', message: err.message });
        throw err;
      }
      return send(res, 200, await opts.readModels.query(model, filter));
    }
    if (path === '/events') return stream(req, res, url.searchParams.get('pattern'));
    return send(res, 404, { code: 'NOT_FOUND', message: `no route ${path}; see GET /` });
  }

  function stream(req: IncomingMessage, res: ServerResponse, patternText: string | null): void {
    let pattern: unknown = { source: ['sitrep'] };
    try {
      if (patternText) pattern = JSON.parse(patternText);
      const name = `sse-${randomUUID()}`;
      opts.bus.addRule(
        name,
        pattern,
        async (event: EventEnvelope) => {
          res.write(`id: ${event.id}\nevent: ${event['detail-type']}\ndata: ${JSON.stringify(event)}\n\n`);
        },
        { durable: false },
      );
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      res.write(': sitrep event stream\n\n');
      streams.add(res);
      req.on('close', () => {
        opts.bus.removeRule(name);
        streams.delete(res);
      });
    } catch (err) {
      const e = err as { code?: string; message?: string };
      send(res, 400, { code: e.code ?? 'InvalidEventPatternException', message: e.message ?? String(err) });
    }
  }

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    close: async () => {
      for (const s of streams) s.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(`${JSON.stringify(body)}\n`);
}
