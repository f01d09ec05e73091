// The material of minutes: the meeting, its agenda, the remarks and the decisions.
import { Text, TextList } from './fields.tsx';
import { ListEditor } from './ListEditor.tsx';

export function MinutesForm() {
  return (
    <div className="material">
      <fieldset>
        <legend>会议</legend>
        <div className="grid">
          <Text path={['meeting', 'name']} label="会议名称" wide />
          <Text path={['meeting', 'type']} label="会议类型" />
          <Text path={['meeting', 'date']} label="日期" type="date" />
          <Text path={['meeting', 'time']} label="时间" placeholder="下午3:00" />
          <Text path={['meeting', 'venue']} label="地点" />
          <Text path={['meeting', 'organizer']} label="主办" />
          <Text path={['meeting', 'host', 'name']} label="主持人" />
          <Text path={['meeting', 'host', 'title']} label="主持人职务" />
          <Text path={['meeting', 'recorder', 'name']} label="记录人" />
          <Text path={['meeting', 'recorder', 'title']} label="记录人职务" />
          <TextList path={['meeting', 'attendees']} label="出席" lines />
        </div>
      </fieldset>
      <ListEditor path={['agenda']} title="议程" itemName="议题" render={(p) => <Text path={p} label="内容" wide />} />
      <ListEditor
        path={['remarks']}
        title="发言"
        itemName="发言"
        render={(p) => (
          <>
            <Text path={[...p, 'speaker', 'name']} label="发言人" />
            <Text path={[...p, 'speaker', 'title']} label="职务" />
            <TextList path={[...p, 'points']} label="要点" lines />
          </>
        )}
      />
      <ListEditor
        path={['decisions']}
        title="议定事项"
        itemName="事项"
        render={(p) => (
          <>
            <Text path={[...p, 'text']} label="内容" wide />
            <Text path={[...p, 'lead']} label="牵头单位" />
            <TextList path={[...p, 'support']} label="配合单位" />
            <Text path={[...p, 'deadline']} label="完成时限" type="date" />
          </>
        )}
      />
    </div>
  );
}
