// A text in traditional characters (繁體) → simplified, for the library (core/outline/traditional.ts
// says why and decides when). OpenCC's traditional-to-simplified tables (opencc-js, MIT/Apache-2.0,
// 110 KB) are loaded only when a text is traditional: importing simplified files never loads them.
// Taiwan's forms and Hong Kong's (裡, 衞, 敍) both become the mainland's.
import { isTraditional } from '../../../core/outline/traditional.ts';
import type { ReadText } from './read-text.ts';

/** What the import's report says of a converted file. */
export const SIMPLIFIED_NOTICE = '这个文件是繁体字，已转为简体导入（范文库的检索和起草都用简体字）';

type Convert = (text: string) => string;
let converters: Promise<Convert[]> | undefined;

async function load(): Promise<Convert[]> {
  const { Converter } = await import('opencc-js/t2cn');
  return [Converter({ from: 'tw', to: 'cn' }), Converter({ from: 'hk', to: 'cn' })];
}

/** The text as read, or, when it is traditional, converted with the notice added. Lines stay where they are. */
export async function simplifiedText(read: ReadText): Promise<ReadText> {
  if (!isTraditional(read.text)) return read;
  converters ??= load();
  const convert = await converters;
  const text = convert.reduce((t, c) => c(t), read.text);
  return { ...read, text, notices: [SIMPLIFIED_NOTICE, ...(read.notices ?? [])] };
}
