/**
 * Global setup of the `browser` test project (see vitest.config.ts), run once per `vitest run`:
 *   1. builds the site (`node scripts/build.ts`) unless SKIP_BUILD=1 says dist/ is fresh;
 *   2. serves dist/ on 127.0.0.1 with scripts/serve-dist.ts;
 *   3. launches one headless Chromium as a browser server that every test file connects to.
 * Problems are not thrown here (that would hide the unit tests' results behind one stack trace): they are
 * handed to the tests as `setupError`, and every browser test then fails with that message.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromium, type BrowserServer } from 'playwright-core';
import { serveDist, type RunningServer } from '../../scripts/serve-dist.ts';
import { CHROMIUM_ARGS, chromiumPath, missingChromiumMessage } from './chromium.ts';
import { runBuild } from './run-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:41234 (no trailing slash); empty when setup failed. */
    baseURL: string;
    /** Playwright endpoint of the shared Chromium; empty when setup failed. */
    wsEndpoint: string;
    /** Why the browser tests cannot run (in Chinese), or empty. */
    setupError: string;
  }
}

export default async function setup(project: TestProject) {
  let server: RunningServer | undefined;
  let browser: BrowserServer | undefined;
  const fail = (message: string) => {
    project.provide('setupError', message);
    project.provide('baseURL', '');
    project.provide('wsEndpoint', '');
  };
  mkdirSync('test-results/screenshots', { recursive: true });

  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    fail(missingChromiumMessage(executablePath));
    return;
  }

  if (process.env.SKIP_BUILD !== '1') {
    const started = Date.now();
    const { code, output } = await runBuild();
    if (code !== 0) {
      const tail = output.trim().split('\n').slice(-30).join('\n');
      fail(`网站构建失败（node scripts/build.ts 退出码 ${code}），浏览器测试无法进行。构建输出的最后几行：\n${tail}`);
      return;
    }
    console.log(`[browser] 网站已构建（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
  }
  if (!existsSync('dist')) {
    fail('dist/ 不存在：请先运行 npm run build（或去掉 SKIP_BUILD=1 让测试自己构建）。');
    return;
  }

  try {
    server = await serveDist('dist');
    browser = await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  } catch (error) {
    await server?.close();
    fail(`无法启动浏览器测试环境：${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  project.provide('setupError', '');
  project.provide('baseURL', server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());

  return async () => {
    await browser?.close();
    await server?.close();
  };
}
