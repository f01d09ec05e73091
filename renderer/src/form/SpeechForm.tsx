// The material of a speech: the meeting, the campaign, achievements, problems and tasks.
import { LongText, Text, TextList } from './fields.tsx';
import { ListEditor } from './ListEditor.tsx';

export function SpeechForm() {
  return (
    <div className="material">
      <fieldset>
        <legend>会议</legend>
        <div className="grid">
          <Text path={['meeting', 'name']} label="会议名称" wide />
          <Text path={['meeting', 'type']} label="会议类型" placeholder="推进会、部署会…" />
          <Text path={['meeting', 'date']} label="日期" type="date" />
          <Text path={['meeting', 'venue']} label="地点" />
          <Text path={['meeting', 'organizer']} label="主办" />
          <Text path={['meeting', 'speaker', 'name']} label="讲话人" />
          <Text path={['meeting', 'speaker', 'title']} label="讲话人职务" />
          <Text path={['meeting', 'host', 'name']} label="主持人" />
          <Text path={['meeting', 'host', 'title']} label="主持人职务" />
          <TextList path={['meeting', 'attendees']} label="参会人员" lines />
        </div>
      </fieldset>
      <fieldset>
        <legend>工作</legend>
        <div className="grid">
          <Text path={['campaign', 'name']} label="工作名称" wide />
          <Text path={['campaign', 'shortName']} label="简称" />
          <Text path={['campaign', 'region']} label="地区" />
          <Text path={['campaign', 'units']} label="责任单位" wide />
          <LongText path={['campaign', 'goal']} label="目标" />
          <TextList path={['campaign', 'background']} label="背景" lines />
        </div>
      </fieldset>
      <ListEditor
        path={['campaign', 'achievements']}
        title="成绩"
        itemName="成绩"
        render={(p) => (
          <>
            <Text path={[...p, 'title']} label="标题" wide />
            <LongText path={[...p, 'detail']} label="具体情况" />
            <div className="wide">
              <ListEditor
                path={[...p, 'figures']}
                title="数据"
                itemName="数据"
                render={(f) => (
                  <>
                    <Text path={[...f, 'label']} label="指标" />
                    <Text path={[...f, 'value']} label="数值" />
                    <Text path={[...f, 'unit']} label="单位" />
                  </>
                )}
              />
            </div>
          </>
        )}
      />
      <ListEditor
        path={['campaign', 'problems']}
        title="问题"
        itemName="问题"
        render={(p) => (
          <>
            <Text path={[...p, 'title']} label="标题" wide />
            <LongText path={[...p, 'detail']} label="具体表现" />
          </>
        )}
      />
      <ListEditor
        path={['campaign', 'tasks']}
        title="任务"
        itemName="任务"
        render={(p) => (
          <>
            <Text path={[...p, 'title']} label="标题" wide />
            <LongText path={[...p, 'detail']} label="具体要求" />
            <Text path={[...p, 'lead']} label="牵头单位" />
            <TextList path={[...p, 'support']} label="配合单位" />
            <Text path={[...p, 'deadline']} label="完成时限" placeholder="2026-12-31 或 9月底前、汛期" />
            <Text path={[...p, 'measure']} label="量化目标" />
          </>
        )}
      />
    </div>
  );
}
