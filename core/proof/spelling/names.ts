// Where a text names a person, so that the spelling checker leaves the name alone: a surname and
// one or two characters next to a title (县委书记王建社, 李明同志, 张三县长), and the items of a list
// of names (出席：王强、李明、张伟). Names are not words: 建社 is a fine given name and a typo for 建设
// only elsewhere. Over-protecting a character after a short name costs little; flagging a leader's
// name costs the user's trust.

/** Common surnames (the single-character ones cover the great majority of people). */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由';
const COMPOUND = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '令狐', '宇文', '司徒', '夏侯', '端木', '南宫', '独孤', '西门', '轩辕'];

/** Titles and forms of address that stand next to a name. */
const TITLES = [
  '书记', '副书记', '常务副', '县长', '副县长', '区长', '副区长', '市长', '副市长', '镇长', '副镇长', '乡长', '副乡长', '街道办主任', '主任', '副主任',
  '局长', '副局长', '部长', '副部长', '厅长', '副厅长', '省长', '副省长', '主席', '副主席', '委员', '常委', '秘书长', '副秘书长', '同志', '科长',
  '副科长', '处长', '副处长', '所长', '站长', '队长', '院长', '副院长', '校长', '行长', '经理', '总经理', '董事长', '村长', '组长', '副组长', '社长',
  '政委', '司令员', '检察长', '庭长', '会长', '主任委员', '调研员', '总监', '总工', '支书', '先生', '女士', '教授', '主持人', '代表',
];

const SURNAME = `(?:${COMPOUND.join('|')}|[${SURNAMES}])`;
const TITLE = `(?:${[...TITLES].sort((a, b) => b.length - a.length).join('|')})`;
const HAN = '[\\u4e00-\\u9fff]';
/** A title (or 同志) ends the text / starts it: a name stands right after / before. */
export const TITLE_AT_END = new RegExp(`${TITLE}[\\s\\u3000]*$`, 'u');
export const TITLE_AT_START = new RegExp(`^[\\s\\u3000]*${TITLE}`, 'u');
/** 县委书记王建社 / 县长 李明 (any space between): a title, then the name. */
const AFTER_TITLE = new RegExp(`${TITLE}[\\s\\u3000]*(${SURNAME}${HAN}{1,2})`, 'gu');
/** 王建社书记 / 李明同志: the name, then a title. */
const BEFORE_TITLE = new RegExp(`(${SURNAME}${HAN}{1,2})(?=[\\s\\u3000]*${TITLE})`, 'gu');
/** 王强、李明、张伟, or separated by spaces (three or more short items, each starting with a surname). */
const NAME_LIST = new RegExp(`${SURNAME}${HAN}{1,2}(?:[、\\s\\u3000]+${SURNAME}${HAN}{1,2}){2,}(?![\\u4e00-\\u9fff])`, 'gu');

/** [start, end) spans of `text` that look like personal names. */
export function nameSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(AFTER_TITLE)) {
    const end = m.index + m[0].length;
    spans.push([end - m[1]!.length, end]);
  }
  for (const m of text.matchAll(BEFORE_TITLE)) spans.push([m.index, m.index + m[1]!.length]);
  for (const m of text.matchAll(NAME_LIST)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** [start, end) spans of every occurrence of each of `texts` in `text`. */
export function occurrences(text: string, texts: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const t of texts) {
    if (t === '') continue;
    for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) spans.push([at, at + t.length]);
  }
  return spans;
}
