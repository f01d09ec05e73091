// The material of a speech: the meeting, the campaign, achievements, problems and tasks.
import { LongText, Text, TextList } from './fields.tsx';
import { ListEditor } from './ListEditor.tsx';

export function SpeechForm() {
  return (
    <div className="material">
      <fieldset>
        <legend>会议</legend>
        <div className="grid">
          <Text path={['meeting', 'name']} wide />
          <Text path={['meeting', 'type']} placeholder="推进会、部署会…" />
          <Text path={['meeting', 'date']} type="date" />
          <Text path={['meeting', 'venue']} />
          <Text path={['meeting', 'organizer']} />
          <Text path={['meeting', 'speaker', 'name']} />
          <Text path={['meeting', 'speaker', 'title']} />
          <Text path={['meeting', 'host', 'name']} />
          <Text path={['meeting', 'host', 'title']} />
          <TextList path={['meeting', 'attendees']} lines />
        </div>
      </fieldset>
      <fieldset>
        <legend>工作</legend>
        <div className="grid">
          <Text path={['campaign', 'name']} wide />
          <Text path={['campaign', 'shortName']} />
          <Text path={['campaign', 'region']} />
          <Text path={['campaign', 'units']} wide />
          <LongText path={['campaign', 'goal']} />
          <TextList path={['campaign', 'background']} lines />
        </div>
      </fieldset>
      <ListEditor
        path={['campaign', 'achievements']}
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
        render={(p) => (
          <>
            <Text path={[...p, 'title']} wide />
            <LongText path={[...p, 'detail']} />
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
