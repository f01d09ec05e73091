// The 会议 box a 会议纪要 and a 会议记录 share — name, date and time, venue, host and recorder, 出席 and
// 列席 — and the 请假 list under it. A 纪要 adds its 会议类型 and 主办 (what its head prints); a record
// has neither, and calls its absentees 请假（缺席）.
import { Text, TextList } from './fields.tsx';
import { ListEditor } from './ListEditor.tsx';

export function MeetingHead({ record = false }: { record?: boolean }) {
  return (
    <>
      <fieldset>
        <legend>会议</legend>
        <div className="grid">
          <Text path={['meeting', 'name']} label="会议名称" wide {...(record ? { placeholder: '如：镇党委会议、村“两委”联席会议' } : {})} />
          {!record && <Text path={['meeting', 'type']} label="会议类型" placeholder="常务会议、专题会议、推进会…" />}
          <Text path={['meeting', 'date']} label="日期" type="date" />
          <Text path={['meeting', 'time']} label="时间" placeholder={record ? '如 上午9时' : '如 下午3时30分'} time />
          <Text path={['meeting', 'venue']} label="地点" />
          {!record && <Text path={['meeting', 'organizer']} label="主办" />}
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
        title={record ? '请假（缺席）' : '请假'}
        itemName="请假人员"
        render={(p) => (
          <>
            <Text path={[...p, 'name']} label="姓名" />
            <Text path={[...p, 'title']} label="职务" />
            <Text path={[...p, 'reason']} label="请假原因" />
          </>
        )}
      />
    </>
  );
}
