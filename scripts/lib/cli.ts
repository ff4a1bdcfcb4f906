import { type ParseArgsConfig, parseArgs } from 'node:util';

/** A command line a command cannot read: said in Chinese by `runCommand`, exit code 2. */
export class UsageError extends Error {}

/**
 * `parseArgs` for the npm commands, with its refusals in Chinese: an unknown
 * option (with the `--` hint for a file name starting with `-`), an option
 * without its value, an argument the command does not take.
 */
export function parseOptions<T extends ParseArgsConfig>(config: T, command: string) {
  try {
    return parseArgs(config);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const known = Object.entries(config.options ?? {})
      .map(([name, o]) => `--${name}${o.type === 'string' ? ' <值>' : ''}`)
      .join('、');
    // parseArgs names `-l` for `-leading.txt`: show the argument as typed.
    const named = /'([^' ]+)/.exec(message)?.[1] ?? '';
    const typed = (config.args ?? process.argv.slice(2)).find((a) => a.startsWith(named)) ?? named;
    // Only a command taking file names can be given one that starts with `-`.
    const hint = config.allowPositionals
      ? `若这是以“-”开头的文件名，请写在单独的 -- 之后（npm run ${command} -- -- ${typed}），或写成 ./${typed}。`
      : '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`不认识的选项“${typed}”。能用的选项：${known}。${hint}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(`选项“${named}”后面要跟一个值。能用的选项：${known}。`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(`这个命令不接受“${typed}”这样的参数，只接受选项：${known}。`);
    throw error;
  }
}
