// Runs before `npm run bench` (prebench): installs what the benchmarks compare against and is missing.
// Issue 15 measures `wengao draft` against pandoc writing a .docx (bench/startup.ts), so pandoc comes
// from apt-get here (as root). Only the benchmarks need it, and it is 170 MB installed: it is not one
// of the tests' packages (test-deps.mjs), which CI installs on every fresh machine. Where it cannot be
// installed the benchmarks still run, and that row says "not installed".
import { has, installMissing } from './debian-packages.mjs';

const missing = installMissing([['pandoc', () => has('pandoc')]], 'bench-deps');
if (missing.length > 0) console.log(`bench-deps: ${missing.join(' ')} not installed (apt-get install ${missing.join(' ')} as root): the comparison with it is left out`);
