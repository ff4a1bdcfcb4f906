import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tooOld, tooOldMessage } from '../scripts/check-node.mjs';

describe('the Node version check before npm scripts', () => {
  it('stops Node older than 22.12 and lets newer ones through', () => {
    expect(['v18.19.0', 'v20.20.2', 'v22.11.0'].map(tooOld)).toEqual([true, true, true]);
    expect(['v22.12.0', 'v23.0.0', 'v24.21.0'].map(tooOld)).toEqual([false, false, false]);
  });

  it('names the version found and the one-line fix, in Chinese', () => {
    const message: string = tooOldMessage('v20.20.2');
    expect(message).toContain('v20.20.2');
    expect(message).toContain('npm install --prefix ~/.node24 node@24');
  });

  it('passes quietly on the Node running the tests', () => {
    expect(execFileSync(process.execPath, ['scripts/check-node.mjs'], { encoding: 'utf8' })).toBe('');
  });
});
