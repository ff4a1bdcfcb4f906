/** Where the browser tests find Chromium and how they start it (Debian's package; nothing is downloaded). */

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** CHROMIUM_PATH overrides the default, e.g. for a developer machine with Chromium elsewhere. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/**
 * Headless, no sandbox (CI runs as root), and no background traffic of Chromium's own, so that
 * "no request leaves the site" measures the site and nothing else. Playwright gives every launch a fresh,
 * temporary user-data-dir, so no state leaks between runs.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function missingChromiumMessage(path: string): string {
  return [
    `找不到 Chromium 浏览器（${path}），浏览器测试无法运行。`,
    '安装方法（Debian/Ubuntu，需要管理员权限）：',
    '  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk',
    '或者直接运行 bash .ci/run（以 root 运行时会自动安装）。',
    'Chromium 装在别处时，用环境变量 CHROMIUM_PATH=/path/to/chromium 指明。',
  ].join('\n');
}
