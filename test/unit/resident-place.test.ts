// Where the client looks for this installation's resident process (scripts/resident-client.cjs
// place): a socket in a folder only this user can enter on Unix, a named pipe per user on Windows.
// The Windows names are computed here on any platform (the pipe itself is exercised by
// test/cli/resident-windows.test.ts, on Windows only).
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';

interface Place {
  dir: string | undefined;
  socket: string;
}
const client = (await import(join(PACKAGE_ROOT, 'scripts', 'resident-client.cjs'))) as {
  place(root: string, env: NodeJS.ProcessEnv, platform?: NodeJS.Platform): Place | undefined;
};

const unix = process.platform !== 'win32';

describe.runIf(unix)('the resident socket on Unix', () => {
  const runtime = () => mkdtempSync(join(tmpdir(), 'wengao-place-'));

  it('is made in a folder of mode 0700 that only this user owns, one socket per installation', () => {
    const xdg = runtime();
    const here = client.place('/opt/wengao', { XDG_RUNTIME_DIR: xdg })!;
    expect(here.dir).toBe(join(xdg, 'wengao'));
    const st = lstatSync(here.dir!);
    expect(st.isDirectory()).toBe(true);
    expect(st.mode & 0o777).toBe(0o700);
    expect(st.uid).toBe(process.getuid!());
    expect(here.socket.startsWith(join(xdg, 'wengao') + '/')).toBe(true);
    expect(client.place('/opt/wengao', { XDG_RUNTIME_DIR: xdg })).toEqual(here);
    expect(client.place('/home/me/wengao', { XDG_RUNTIME_DIR: xdg })!.socket).not.toBe(here.socket);
  });

  it.each([0o755, 0o750, 0o770, 0o701])('refuses a folder of mode %o: no resident process at all', (mode) => {
    const xdg = runtime();
    mkdirSync(join(xdg, 'wengao'));
    chmodSync(join(xdg, 'wengao'), mode);
    expect(client.place('/opt/wengao', { XDG_RUNTIME_DIR: xdg })).toBeUndefined();
  });

  it('refuses a symbolic link to a good folder, and a file where the folder should be', () => {
    const linked = runtime();
    const target = join(linked, 'elsewhere');
    mkdirSync(target, { mode: 0o700 });
    symlinkSync(target, join(linked, 'wengao'));
    expect(client.place('/opt/wengao', { XDG_RUNTIME_DIR: linked })).toBeUndefined();
    const file = runtime();
    writeFileSync(join(file, 'wengao'), '');
    expect(client.place('/opt/wengao', { XDG_RUNTIME_DIR: file })).toBeUndefined();
  });
});

describe('the resident named pipe on Windows (names only, on every platform)', () => {
  const pipe = (root: string, env: NodeJS.ProcessEnv) => client.place(root, env, 'win32')!;

  it('is a pipe in the Windows pipe namespace, no folder, named for the user and the installation', () => {
    const p = pipe('C:\\Program Files\\wengao', { USERNAME: 'wang.li', USERDOMAIN: 'OFFICE' });
    expect(p.dir).toBeUndefined();
    expect(p.socket).toMatch(/^\\\\\.\\pipe\\wengao-wang\.li-[0-9a-f]{8}-wengao-[0-9a-f]{8}$/);
    expect(pipe('C:\\Program Files\\wengao', { USERNAME: 'wang.li', USERDOMAIN: 'OFFICE' })).toEqual(p);
    expect(pipe('D:\\wengao', { USERNAME: 'wang.li', USERDOMAIN: 'OFFICE' }).socket).not.toBe(p.socket);
  });

  it('gives two users whose names are not ASCII two pipes (张三 and 李四 both read `__`)', () => {
    const a = pipe('C:\\wengao', { USERNAME: '张三', USERDOMAIN: 'OFFICE' }).socket;
    const b = pipe('C:\\wengao', { USERNAME: '李四', USERDOMAIN: 'OFFICE' }).socket;
    expect(a).toMatch(/^\\\\\.\\pipe\\wengao-__-/);
    expect(b).toMatch(/^\\\\\.\\pipe\\wengao-__-/);
    expect(a).not.toBe(b);
    // The same name in another domain is another account.
    expect(pipe('C:\\wengao', { USERNAME: '张三', USERDOMAIN: 'OTHER' }).socket).not.toBe(a);
  });

  it('has a name without a user variable, and keeps separators and odd characters out of it', () => {
    expect(pipe('C:\\wengao', {}).socket).toMatch(/^\\\\\.\\pipe\\wengao-user-[0-9a-f]{8}-wengao-[0-9a-f]{8}$/);
    const odd = pipe('C:\\wengao', { USERNAME: 'a\\b/c d:e' }).socket;
    expect(odd).toMatch(/^\\\\\.\\pipe\\wengao-a_b_c_d_e-[0-9a-f]{8}-wengao-[0-9a-f]{8}$/);
  });
});
