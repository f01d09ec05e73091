// The material of a speech: the meeting, the campaign, achievements, problems and tasks.
import { DOMAINS, LEVELS, SPEAKER_RANKS } from '../../../core/input/schema.ts';
import { Choice, LongText, Text, TextList, Whole } from './fields.tsx';
import { ListEditor } from './ListEditor.tsx';

export function SpeechForm() {
  return (
    <div className="material">
      <MeetingFields />
      <CampaignFields />
      <ListEditor
        path={['campaign', 'achievements']}
        title="成绩（动员会可不填）"
        render={(p) => (
          <>
            <Text path={[...p, 'title']} wide />
            <LongText path={[...p, 'detail']} />
            <div className="wide">
              <ListEditor
                path={[...p, 'figures']}
                render={(f) => (
                  <>
                    <Text path={[...f, 'label']} />
                    <Text path={[...f, 'value']} />
                    <Text path={[...f, 'unit']} />
                  </>
                )}
              />
            </div>
          </>
        )}
      />
      <ListEditor
        path={['campaign', 'problems']}
        title="问题（可不填）"
        render={(p) => (
          <>
            <Text path={[...p, 'title']} wide />
            <LongText path={[...p, 'detail']} />
            <TextList path={[...p, 'examples']} clauses />
          </>
        )}
      />
      <ListEditor
        path={['campaign', 'tasks']}
        render={(p) => (
          <>
            <Text path={[...p, 'title']} wide />
            <LongText path={[...p, 'detail']} />
            <Text path={[...p, 'lead']} />
            <TextList path={[...p, 'support']} />
            <Text path={[...p, 'deadline']} placeholder="2026-12-31 或 9月底前、汛期" />
            <Text path={[...p, 'measure']} />
          </>
        )}
      />
    </div>
  );
}

/** 会议: the meeting, who speaks and who hosts, and how long the speech is. */
function MeetingFields() {
  return (
    <fieldset>
      <legend>会议</legend>
      <div className="grid">
        <Text path={['meeting', 'name']} wide />
        <Text path={['meeting', 'type']} placeholder="推进会、部署会…" />
        <Text path={['meeting', 'date']} type="date" />
        <Text path={['meeting', 'venue']} />
        <Text path={['meeting', 'organizer']} />
        <Text path={['meeting', 'speaker', 'name']} />
        <Text path={['meeting', 'speaker', 'title']} placeholder="县委书记、副镇长、县应急管理局局长…" />
        <Choice path={['meeting', 'speakerRank']} options={SPEAKER_RANKS} none="按职务判断" />
        <Choice path={['meeting', 'level']} options={LEVELS} none="按地区判断" />
        <Text path={['meeting', 'host', 'name']} />
        <Text path={['meeting', 'host', 'title']} />
        <TextList path={['meeting', 'attendees']} lines />
        <TextList path={['meeting', 'precedingItems']} lines />
        <Whole path={['options', 'durationMinutes']} min={1} max={180} placeholder="如 20" />
      </div>
    </fieldset>
  );
}

/** 工作: the campaign, its region, domain, units, goal and background. */
function CampaignFields() {
  return (
    <fieldset>
      <legend>工作</legend>
      <div className="grid">
        <Text path={['campaign', 'name']} wide />
        <Text path={['campaign', 'shortName']} />
        <Text path={['campaign', 'region']} placeholder="青石县、东湖镇、城南街道…" />
        <Choice path={['campaign', 'domain']} options={DOMAINS.filter((d) => d !== '通用')} none="按工作名称识别" />
        <Text path={['campaign', 'units']} wide />
        <LongText path={['campaign', 'goal']} />
        <TextList path={['campaign', 'background']} lines />
      </div>
    </fieldset>
  );
}
