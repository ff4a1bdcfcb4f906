/**
 * A small static file server for the built site (dist/), used by the browser tests and usable by hand:
 *
 *   node scripts/serve-dist.ts [目录] [--port 端口]
 *
 * It listens on 127.0.0.1 only (a free port unless one is given), serves `index.html` for directories,
 * redirects `/dir` to `/dir/` like a typical static host, and answers unknown paths with dist/404.html
 * (status 404). A site with a base path (`url: https://host/kb/` in site.yaml) is served under it. Content
 * types cover everything Astro, Starlight and Pagefind emit, including `.wasm` and Pagefind's `.pf_*` index
 * files (application/octet-stream).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { siteBase } from '../src/lib/site.ts';
import { withBase, withoutBase } from '../src/lib/site-path.ts';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
};

/** The content type for a file name; Pagefind's `.pf_meta`, `.pf_index`, `.pf_fragment`, `.pf_filter` are binary. */
export function contentType(file: string): string {
  const ext = extname(file).toLowerCase();
  if (ext.startsWith('.pf_')) return 'application/octet-stream';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:43117` (no trailing slash). */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Resolves a URL path inside `root`, or null when it escapes it or nothing is there. */
function resolveFile(root: string, pathname: string): { file: string } | { redirect: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const target = resolve(root, `.${decoded}`);
  if (target !== root && !target.startsWith(root + sep)) return null;
  if (!existsSync(target)) return null;
  const stat = statSync(target);
  if (stat.isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
    const index = join(target, 'index.html');
    return existsSync(index) ? { file: index } : null;
  }
  return stat.isFile() ? { file: target } : null;
}

/**
 * Serves `root` on 127.0.0.1 (`port` 0: a free one) under `base`, the site's base path (`/kb/` for a site whose
 * URL is `https://host/kb/`): addresses outside it are not found, as on a host where the site is one folder.
 */
export function serveDist(root = 'dist', port = 0, base = '/'): Promise<RunningServer> {
  const dir = resolve(root);
  if (!existsSync(dir)) {
    return Promise.reject(new Error(`找不到网站目录 ${dir}：请先运行 npm run build。`));
  }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('不支持的请求方法\n');
      return;
    }
    if (`${url.pathname}/` === base) {
      res.writeHead(301, { Location: base + url.search });
      res.end();
      return;
    }
    const inside = url.pathname.startsWith(base);
    const found = inside ? resolveFile(dir, withoutBase(url.pathname, base)) : null;
    if (found && 'redirect' in found) {
      res.writeHead(301, { Location: withBase(found.redirect, base) + url.search });
      res.end();
      return;
    }
    let file = found?.file;
    let status = 200;
    if (!file) {
      status = 404;
      const notFound = join(dir, '404.html');
      if (!inside || !existsSync(notFound)) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`找不到：${url.pathname}\n`);
        return;
      }
      file = notFound;
    }
    const size = statSync(file).size;
    res.writeHead(status, {
      'Content-Type': contentType(file),
      'Content-Length': size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${actual}`,
        port: actual,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 0;
  const root = args.find((a, i) => !a.startsWith('--') && (portIndex < 0 || i !== portIndex + 1)) ?? 'dist';
  // Under the base path of the last build's site.yaml `url`, as it will be served.
  const base = siteBase();
  const running = await serveDist(root, port, base);
  process.stdout.write(`网站：${running.url}${base}（按 Ctrl+C 停止）\n`);
}
