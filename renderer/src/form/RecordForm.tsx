// The material of a 会议记录 (the record frame drafts it, GENRE.md): what the clerk notes of a meeting —
// 时间、地点、主持人、出席、列席、请假、记录人, then each 议题 with who spoke, in order, and what the
// meeting decided on it. No 期号, 版记 or 审议结果: those are a 纪要's, which is issued; a record is kept.
import { AgendaItem, Decisions, Remarks } from './MinutesForm.tsx';
import { Text, TextList } from './fields.tsx';
import { ListEditor } from './ListEditor.tsx';

export function RecordForm() {
  return (
    <div className="material record-form">
      <fieldset>
        <legend>会议</legend>
        <div className="grid">
          <Text path={['meeting', 'name']} label="会议名称" wide placeholder="如：镇党委会议、村“两委”联席会议" />
          <Text path={['meeting', 'date']} label="日期" type="date" />
          <Text path={['meeting', 'time']} label="时间" placeholder="上午9:00" />
          <Text path={['meeting', 'venue']} label="地点" />
          <Text path={['meeting', 'host', 'name']} label="主持人" />
          <Text path={['meeting', 'host', 'title']} label="主持人职务" />
          <Text path={['meeting', 'recorder', 'name']} label="记录人" />
          <Text path={['meeting', 'recorder', 'title']} label="记录人职务" />
          <TextList path={['meeting', 'attendees']} label="出席" lines />
          <TextList path={['meeting', 'observers']} label="列席" lines />
        </div>
      </fieldset>
      <ListEditor
        path={['meeting', 'absent']}
        title="请假（缺席）"
        itemName="请假人员"
        render={(p) => (
          <>
            <Text path={[...p, 'name']} label="姓名" />
            <Text path={[...p, 'title']} label="职务" />
            <Text path={[...p, 'reason']} label="请假原因" />
          </>
        )}
      />
      <ListEditor path={['agenda']} title="议程" itemName="议题" render={(p) => <AgendaItem path={p} record />} />
      <Remarks path={['remarks']} title="不属于某个议题的发言" itemName="发言" points="发言内容（一行一句）" />
      <Decisions path={['decisions']} title="不属于某个议题的会议决定" itemName="决定" />
    </div>
  );
}
