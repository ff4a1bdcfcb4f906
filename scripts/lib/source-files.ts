import { existsSync, lstatSync, readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { type Corpus, fileEnding, REFUSED_FORMATS, SOURCE_FORMATS } from '../../src/analyzer/index.ts';
import { FORMAT_NAMES } from '../../src/lib/ui.ts';
import { displayPath } from './content.ts';
import { DataFileError } from './data-file.ts';

/** The folder a browser saves beside a page (`报告_files`; `报告.files` in some Chinese editions): its assets. */
const SAVED_PAGE_FILES = /[_.]files$/;

/** What a person writes beside a source (`<name>.meta.yaml`). */
export const SIDECAR = '.meta.yaml';

/** A file found in the sources and not analyzed, with the reason (as a corpus failure). */
export type Refusal = Corpus['failures'][number];

const refusal = (path: string, code: string, message: string): Refusal => ({
  path: displayPath(path),
  diagnostics: [{ code, message }],
});

/** Why a file system entry cannot be listed, in words a person can act on. */
function unreachable(path: string, error: NodeJS.ErrnoException): Refusal {
  const why: Record<string, string> = {
    ELOOP: '是循环的符号链接（链接最终指回自己），已跳过。请删除这个链接。',
    ENOENT: '是指向不存在文件的符号链接（目标已被移动或删除），已跳过。请删除这个链接或恢复目标文件。',
    EACCES: '没有读取权限，已跳过。请用 chmod 或文件属性给当前用户读取权限。',
    EPERM: '没有读取权限，已跳过。请用 chmod 或文件属性给当前用户读取权限。',
  };
  return refusal(
    path,
    'source.unreachable',
    why[error.code ?? ''] ?? `无法读取（${error.code ?? error.message}），已跳过。`,
  );
}

/**
 * Every file under the given files or folders, sorted, as `/`-separated
 * paths: sources (an extension of SOURCE_FORMATS, or a file named
 * explicitly), sidecars beside a source, and the rest refused with the reason.
 * Symbolic links are followed; loops, dangling and unreadable links are refused.
 */
export function scanSources(paths: readonly string[]): { sources: string[]; refused: Refusal[] } {
  const files: string[] = [];
  const refused: Refusal[] = [];
  const folders = new Set<string>();
  const visit = (p: string) => {
    let stat: Stats;
    try {
      stat = statSync(p);
      if (stat.isDirectory()) {
        const real = realpathSync(p);
        if (folders.has(real)) {
          refused.push(refusal(p, 'source.loop', '是指回已列出文件夹的符号链接，已跳过，以免重复或无限循环。'));
          return;
        }
        folders.add(real);
        // A saved page's `<name>_files` folder holds its pictures, styles and frames, not sources.
        if (SAVED_PAGE_FILES.test(p) && !paths.includes(p)) return;
        for (const name of readdirSync(p).sort()) visit(join(p, name));
        return;
      }
    } catch (error) {
      refused.push(unreachable(p, error as NodeJS.ErrnoException));
      return;
    }
    files.push(p.split(sep).join('/'));
  };
  for (const p of paths) {
    if (!existsSync(p) && !isLink(p)) throw new DataFileError(p, undefined, '找不到这个文件或文件夹。');
    visit(p);
  }
  const listed = new Set(files);
  const sources: string[] = [];
  for (const file of [...listed].sort()) {
    const name = basename(file);
    const ending = fileEnding(name);
    if (name.endsWith(SIDECAR)) {
      // A sidecar given by name (a shell's `*` lists both) stands for its source.
      const stem = file.slice(0, -SIDECAR.length);
      const source = Object.keys(SOURCE_FORMATS)
        .map((ext) => `${stem}${ext}`)
        .find((f) => listed.has(f) || existsSync(f));
      if (source && paths.includes(file)) sources.push(source);
      else if (!source)
        refused.push(
          refusal(
            file,
            'source.orphan-sidecar',
            `是旁注文件，但旁边没有同名的来源文件（${basename(stem)}.txt 等）。请改名使之与来源文件同名，或删除它。`,
          ),
        );
    } else if (paths.includes(file) || SOURCE_FORMATS[ending] || REFUSED_FORMATS[ending]) {
      // Refused formats (.caj, .wps…) go to the analyzer, whose message says what to do instead.
      sources.push(file);
    } else if (name.startsWith('.')) {
      refused.push(refusal(file, 'source.hidden', '是隐藏文件（多由系统或编辑器生成），未作来源。可以删除它。'));
    } else {
      const formats = Object.entries(SOURCE_FORMATS)
        .map(([ext, f]) => `${ext}（${FORMAT_NAMES[f]}）`)
        .join('、');
      refused.push(
        refusal(
          file,
          'source.format',
          `格式“${ending || '无扩展名'}”不受支持，未分析。能读取的格式：${formats}。请把正文另存为其中一种。`,
        ),
      );
    }
  }
  return {
    sources: [...new Set(sources)].sort(),
    refused: refused.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Source files under the given files or folders (see `scanSources`; the refused are left out). */
export function listSources(paths: readonly string[]): string[] {
  return scanSources(paths).sources;
}
