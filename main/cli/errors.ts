// A problem with what the user gave us: printed in Chinese, exit code 2, nothing written.
export class UserError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'UserError';
  }
}
