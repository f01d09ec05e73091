// The material of minutes: the meeting, its agenda, the remarks and the decisions.
import { Text, TextList } from './fields.tsx';
import { ListEditor } from './ListEditor.tsx';

export function MinutesForm() {
  return (
    <div className="material">
      <fieldset>
        <legend>会议</legend>
        <div className="grid">
          <Text path={['meeting', 'name']} wide />
          <Text path={['meeting', 'type']} />
          <Text path={['meeting', 'date']} type="date" />
          <Text path={['meeting', 'time']} placeholder="下午3:00" />
          <Text path={['meeting', 'venue']} />
          <Text path={['meeting', 'organizer']} />
          <Text path={['meeting', 'host', 'name']} />
          <Text path={['meeting', 'host', 'title']} />
          <Text path={['meeting', 'recorder', 'name']} />
          <Text path={['meeting', 'recorder', 'title']} />
          <TextList path={['meeting', 'attendees']} lines />
        </div>
      </fieldset>
      <ListEditor path={['agenda']} render={(p) => <Text path={p} wide />} />
      <ListEditor
        path={['remarks']}
        render={(p) => (
          <>
            <Text path={[...p, 'speaker', 'name']} />
            <Text path={[...p, 'speaker', 'title']} />
            <TextList path={[...p, 'points']} lines />
          </>
        )}
      />
      <ListEditor
        path={['decisions']}
        render={(p) => (
          <>
            <Text path={[...p, 'text']} wide />
            <Text path={[...p, 'lead']} />
            <TextList path={[...p, 'support']} />
            <Text path={[...p, 'deadline']} placeholder="2026-12-31 或 月底前" />
          </>
        )}
      />
    </div>
  );
}
