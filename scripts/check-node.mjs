// Runs before the npm scripts (plain JavaScript, so that any Node can run it): stops at once, in Chinese,
// when this Node is older than Astro 7 and Vitest 5 need, instead of failing later on a `.ts` file.
import { pathToFileURL } from 'node:url';

/** Whether Node `version` (`v20.20.2` or `20.20.2`) is older than 22.12. */
export function tooOld(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major < 22 || (major === 22 && minor < 12);
}

/** What to tell the person whose Node is `version`. */
export function tooOldMessage(version) {
  return [
    `本项目需要 Node.js 22.12 或更高版本（Astro 7 与 Vitest 5 的要求），这台机器上是 ${version}。`,
    '不需要管理员权限，可以从 npm 仓库装一份 Node 24，再重新运行刚才的命令：',
    '',
    '  npm install --prefix ~/.node24 node@24 && export PATH=~/.node24/node_modules/node/bin:$PATH',
    '',
    '详见 README.md 开头。',
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && tooOld(process.version)) {
  process.stderr.write(tooOldMessage(process.version));
  process.exit(1);
}
