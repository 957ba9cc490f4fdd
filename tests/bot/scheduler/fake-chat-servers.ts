import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  path: string;
  body: Record<string, unknown>;
}

export interface FakeServer {
  url: string;
  calls: RecordedCall[];
  /** The next `count` requests get this HTTP status (and no effect). */
  failNext(count: number, status: number): void;
  /** Requests are held (never answered) until released: a post in flight when its process dies. */
  hold(): void;
  heldCount(): number;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 standing in for a chat platform. Only successful calls are
 * recorded as delivered messages: a failed or held request never reached the channel.
 */
async function startFake(answer: (path: string, body: Record<string, unknown>, n: number) => unknown): Promise<FakeServer> {
  const calls: RecordedCall[] = [];
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  let holding = false;
  const held: ServerResponse[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (holding) {
        held.push(res);
        return;
      }
      if (failures.count > 0) {
        failures = { ...failures, count: failures.count - 1 };
        res.writeHead(failures.status, { 'content-type': 'application/json' }).end('{"error":"fake failure"}');
        return;
      }
      const text = Buffer.concat(chunks).toString('utf8');
      const body = (req.headers['content-type'] ?? '').includes('json')
        ? (JSON.parse(text) as Record<string, unknown>)
        : Object.fromEntries(new URLSearchParams(text));
      const path = req.url ?? '/';
      calls.push({ path, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(path, body, calls.length)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    failNext: (count, status) => {
      failures = { count, status };
    },
    hold: () => {
      holding = true;
    },
    heldCount: () => held.length,
    close: async () => {
      held.forEach((res) => res.destroy());
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Slack's Web API: answers chat.postMessage like Slack does (form-encoded in, `{ ok, ts }` out). */
export function startFakeSlackApi(): Promise<FakeServer> {
  return startFake((path, body, n) =>
    path.endsWith('/chat.postMessage') ? { ok: true, channel: body.channel, ts: `1790000000.${String(n).padStart(6, '0')}` } : { ok: true },
  );
}

/** The Bot Framework connector a Teams bot posts to: records `POST /v3/conversations/{id}/activities`. */
export function startFakeTeamsConnector(): Promise<FakeServer> {
  return startFake((_path, _body, n) => ({ id: `activity-${n}` }));
}
