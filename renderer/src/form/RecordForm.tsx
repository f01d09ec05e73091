// The material of a 会议记录 (the record frame drafts it, GENRE.md): what the clerk notes of a meeting —
// 时间、地点、主持人、出席、列席、请假、记录人, then each 议题 with who spoke, in order, and what the
// meeting decided on it. No 期号, 版记 or 审议结果: those are a 纪要's, which is issued; a record is kept.
import { AgendaItem, Decisions, Remarks } from './MinutesForm.tsx';
import { ListEditor } from './ListEditor.tsx';
import { MeetingHead } from './MeetingHead.tsx';

export function RecordForm() {
  return (
    <div className="material record-form">
      <MeetingHead record />
      <ListEditor path={['agenda']} title="议程" itemName="议题" render={(p) => <AgendaItem path={p} record />} />
      <Remarks path={['remarks']} title="不属于某个议题的发言" itemName="发言" points="发言内容（一行一句）" />
      <Decisions path={['decisions']} title="不属于某个议题的会议决定" itemName="决定" />
    </div>
  );
}
