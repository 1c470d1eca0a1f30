import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const builder = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');

/** The value of `key:` inside the electronFuses block. */
function fuse(key: string): string | undefined {
  const block = /^electronFuses:\n((?: {2}.*\n)+)/m.exec(builder)?.[1] ?? '';
  return new RegExp(`^ {2}${key}: (\\S+)`, 'm').exec(block)?.[1];
}

describe('packaging', () => {
  it.each([
    ['runAsNode', 'false'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['enableCookieEncryption', 'true'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
    ['onlyLoadAppFromAsar', 'true'],
  ])('the Electron fuse %s is %s', (key, value) => expect(fuse(key)).toBe(value));

  it('asks for the Node that Electron 45 tooling needs', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=22.12');
  });
});
