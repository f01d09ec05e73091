// The LibreOffice processes of a test's conversions, found by the temporary folder they name (their
// profile and input are in it): LibreOffice itself (soffice, oosplash, soffice.bin) and the program
// that starts it (main/services/library/soffice.ts), whose arguments name the conversion folder.
import { readdirSync, readFileSync } from 'node:fs';

export function sofficeProcessesNaming(folder: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid)) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (cmd.includes(folder) && /soffice|oosplash|wengao-convert-/.test(cmd)) found.push(`${pid} ${cmd.slice(0, 120)}`);
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}
