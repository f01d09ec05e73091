// A text file or a web page named .docx, .doc or .pdf (a site's 「Word 下载」 that is a page, a user's
// rename): the refusal says what the file is and what to rename it to, since the content is readable.
import { decodeText } from './decode.ts';

export const RENAMED_TEXT = '文件内容其实是纯文本：可把文件改名为 .txt 后再导入';
export const RENAMED_HTML = '文件内容其实是网页：可把文件改名为 .html 后再导入';

/** The refusal `message`, with what to rename the file to when its bytes decode as text. */
export function withRenameHint(message: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = decodeText(bytes).text.trimStart();
  } catch {
    return message;
  }
  if (text === '') return message;
  return `${message}（${/^<(?:!doctype|html|\?xml)/i.test(text) ? RENAMED_HTML : RENAMED_TEXT}）`;
}
