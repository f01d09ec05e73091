// The institutions a department runs, whatever their names share with it: a 宣传部 runs the 融媒体中心 and the 文明办, a 卫健局 the
// hospitals and the 疾控中心, an 教育局 the schools. To the head of the department (or the leader whose post is it) they are the
// speaker's own system: told their part, never thanked as guests come 「应邀」 (s70-10 [6], W: a 宣传部部长 thanked the 县融媒体中心).
// Pure; speaker.ts gives the departments (Speaker.led, Speaker.ownUnit).
import { unitLevel, type Speaker } from './speaker.ts';

/** A department by its name's word, and the institutions it runs. */
const RUNS: readonly [RegExp, RegExp][] = [
  [/宣传部/, /融媒体中心|文明办|文明实践(中心|所|站)|网信办|广播电视台|新闻中心/],
  [/组织部/, /党员教育中心|老干部局|党建(工作)?指导中心|人才(工作)?服务中心/],
  [/政法委/, /综治中心|平安办|社会治理(综合)?(指挥|服务)?中心/],
  [/卫生健康|卫健/, /卫生院|人民医院|中医(医)?院|疾病预防控制中心|疾控中心|妇幼保健|卫生监督所|急救中心/],
  [/教育|教体/, /(中学|小学|幼儿园|学校|教师发展中心|教研室|教研中心)$/],
  [/人力资源和社会保障|人社/, /就业服务中心|社会保险(事业|事务)?中心|劳动保障监察大队|劳动人事争议仲裁院/],
  [/民政/, /福利院|救助(管理)?站|殡仪馆|敬老院/],
  [/住房和城乡建设|住建/, /(建设工程)?质量安全监督站|质监站|建设工程安全监督站/],
  [/文化|文旅|文广/, /文化馆|图书馆|博物馆|纪念馆|美术馆/],
];

/** Whether a unit of the speaker's level is one the speaker's own department runs (RUNS). */
export function runByOwnDepartment(unit: string, speaker: Speaker): boolean {
  const departments = [...(speaker.led ?? []), speaker.ownUnit ?? ''].filter(Boolean);
  const level = unitLevel(unit);
  if (!departments.length || (level && level !== speaker.level)) return false;
  return RUNS.some(([department, runs]) => runs.test(unit.trim()) && departments.some((d) => department.test(d)));
}
