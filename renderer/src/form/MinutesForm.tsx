// The material of minutes: the meeting; the agenda, each item with its own report, remarks and
// decisions (as the 常务会议、办公会议、专题会议 minutes record them); remarks and decisions of no item;
// the 期号 and the 版记.
import { useContext } from 'react';
import { AGENDA_KINDS, DECISION_KINDS, OUTCOMES } from '../../../core/input/schema.ts';
import { Check, Choice, FormContext, Text, TextList } from './fields.tsx';
import { ListEditor } from './ListEditor.tsx';
import { MeetingHead } from './MeetingHead.tsx';
import { getIn, setIn } from './material.ts';
import type { Json, Path } from './material.ts';

export function Remarks({ path, title, itemName, points = '要点' }: { path: Path; title: string; itemName: string; points?: string }) {
  return (
    <ListEditor
      path={path}
      title={title}
      itemName={itemName}
      render={(p) => (
        <>
          <Text path={[...p, 'speaker', 'name']} label="发言人" />
          <Text path={[...p, 'speaker', 'title']} label="职务" />
          <TextList path={[...p, 'points']} label={points} lines />
        </>
      )}
    />
  );
}

export function Decisions({ path, title, itemName }: { path: Path; title: string; itemName: string }) {
  return (
    <ListEditor
      path={path}
      title={title}
      itemName={itemName}
      render={(p) => (
        <>
          <Text path={[...p, 'text']} label="内容" wide />
          <Choice path={[...p, 'kind']} label="事项类型" options={DECISION_KINDS} none="按内容判断" />
          <Text path={[...p, 'lead']} label="牵头单位" />
          <TextList path={[...p, 'support']} label="配合单位" />
          <Text path={[...p, 'deadline']} label="完成时限" placeholder="2026-09-30 或 9月底前" />
        </>
      )}
    />
  );
}

/**
 * One agenda item (of a 会议记录 too, `record`: without 议题类型 and 审议结果). A plain title stays a plain string (today's shape) until the user fills in
 * anything more; then it becomes an object holding the title, so nothing typed is lost.
 */
export function AgendaItem({ path, record }: { path: Path; record?: boolean }) {
  const parent = useContext(FormContext);
  const value = getIn(parent.data, path);
  const plain = typeof value === 'string';
  // The other fields see the item as an object; the first one filled in makes it one.
  const data = plain ? setIn(parent.data, path, { title: value }) : parent.data;
  const set = (p: Path, v: Json | undefined) => parent.set([], setIn(data, p, v));
  const reporter = getIn(data, [...path, 'reporter']);
  return (
    <>
      <Text path={plain ? path : [...path, 'title']} label="议题名称" wide />
      <FormContext.Provider value={{ ...parent, data, set }}>
        {!record && <Choice path={[...path, 'kind']} label="议题类型" options={AGENDA_KINDS} none="按名称判断" />}
        {reporter && typeof reporter === 'object' ? (
          <>
            <Text path={[...path, 'reporter', 'name']} label="汇报人" />
            <Text path={[...path, 'reporter', 'title']} label="汇报人职务" />
          </>
        ) : (
          <Text path={[...path, 'reporter']} label="汇报单位" />
        )}
        {!record && <Choice path={[...path, 'outcome']} label="审议结果" options={OUTCOMES} none="不填" />}
        <div className="field wide nested">
          <Remarks path={[...path, 'remarks']} title={record ? '本议题的发言（按发言顺序）' : '本议题的发言'} itemName={record ? '发言' : '领导发言'} {...(record ? { points: '发言内容（一行一句）' } : {})} />
          <Decisions path={[...path, 'decisions']} title={record ? '本议题的会议决定' : '本议题的议定事项'} itemName={record ? '决定' : '议定事项'} />
        </div>
      </FormContext.Provider>
    </>
  );
}

export function MinutesForm() {
  return (
    <div className="material">
      <MeetingHead />
      <ListEditor path={['agenda']} title="议程" itemName="议题" render={(p) => <AgendaItem path={p} />} />
      <Remarks path={['remarks']} title="发言（不分议题）" itemName="发言" />
      <Decisions path={['decisions']} title="议定事项（不分议题）" itemName="事项" />
      <fieldset>
        <legend>期号与版记</legend>
        <div className="grid">
          <Text path={['options', 'issue']} label="期号" placeholder="23、第23期或〔2026〕23号" />
          <Text path={['options', 'issueDate']} label="纪要日期" type="date" />
          <Check path={['options', 'nameSpeakers']} label="写明发言人姓名" />
          <TextList path={['options', 'distribution']} label="分送" lines />
          <TextList path={['options', 'copyTo']} label="抄送" lines />
          <Text path={['options', 'printedBy']} label="印发机关" />
          <Text path={['options', 'printedDate']} label="印发日期" type="date" />
        </div>
      </fieldset>
    </div>
  );
}
