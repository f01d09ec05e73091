// A chat app's export where a speech was pasted message by message (the s21 outside test's c01): the
// export's header, the day dividers, each message's sender line and the talk between the pieces go as
// 聊天记录; the text stays. The fixture collections/flood-speeches-chat-export.txt (滢川区, 微信 on a PC)
// is compared whole by library-collections; here QQ's form and what is no chat, in our own words
// (漭水县, 邗沟乡 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const speech = [
  '在全县秋粮收购工作会议上的讲话',
  '同志们：',
  '今天召开全县秋粮收购工作会议，主要任务是部署今年秋粮收购工作。',
  '一、做好收购准备',
  '各收储企业要在九月底前完成仓容清理和设备检修，确保收购开秤就能收得进、储得好。',
  '二、守住质量底线',
  '要严格执行国家质量标准，坚决杜绝压级压价和打白条现象。',
  '同志们，秋粮收购事关农民切身利益，大家务必抓紧抓实！',
];

describe('a chat export', () => {
  it('QQ: 「2026-09-02 10:15:07 石振宇」 sender lines and the talk go, the speech stays whole', () => {
    const text = [
      '消息记录（此消息记录为文本格式，不支持重新导入）',
      '================================================================',
      '消息分组:我的群聊',
      '================================================================',
      '消息对象:漭水县粮食局办公室',
      '================================================================',
      '',
      '2026-09-02 10:15:07 石振宇',
      '局长的讲话稿发群里了',
      '',
      '2026-09-02 10:15:30 石振宇',
      ...speech.slice(0, 5),
      '',
      '2026-09-02 10:16:02 邗沟乡粮站',
      '收到！',
      '',
      '2026-09-02 10:17:45 石振宇',
      ...speech.slice(5),
      '',
      '2026-09-02 10:18:01 邗沟乡粮站',
      '[图片]',
    ].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual([speech[0]]);
    expect(documents[0]!.text.split('\n')).toEqual(speech);
    const chat = report.removed.filter((r) => r.reason === '聊天记录').map((r) => r.text);
    expect(chat).toEqual(expect.arrayContaining(['2026-09-02 10:15:07 石振宇', '局长的讲话稿发群里了', '收到！', '[图片]', '消息分组:我的群聊']));
  });

  it('two sender-like lines are no chat; a record\'s 「时间：2026-09-02 10:00」 is no sender', () => {
    const text = [
      '秋粮收购工作调度会记录',
      '时间：2026-09-02 10:00',
      '地点：县粮食局会议室',
      '主持人：石振宇',
      '记录人：邗晓雯',
      '一、各收储企业汇报准备情况',
      '石振宇  2026/09/02 10:05',
      '县粮库仓容已清理完毕，设备检修完成。',
      '邗晓雯  2026/09/02 10:20',
      '二、研究收购资金安排',
      '会议决定：向农发行申请收购贷款，确保资金及时到位。',
    ].join('\n');
    const { report } = analyse(text);
    expect(report.removed.filter((r) => r.reason === '聊天记录')).toEqual([]);
  });
});
