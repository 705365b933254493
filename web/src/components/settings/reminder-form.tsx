// Reminders: download a calendar file (.ics) with a daily or weekly check-in reminder at a chosen time; the weekly
// questionnaire reminder is offered once the questionnaire exists.
import { useState } from 'react';
import { remindersUrl } from '../../api/client.ts';

const DAYS = [['MO', 'Monday'], ['TU', 'Tuesday'], ['WE', 'Wednesday'], ['TH', 'Thursday'], ['FR', 'Friday'], ['SA', 'Saturday'], ['SU', 'Sunday']] as const;

/** The reminder form with its download link. */
export function ReminderForm({ questionnaire }: { questionnaire: boolean }) {
  const [frequency, setFrequency] = useState<'daily' | 'weekly'>('daily');
  const [time, setTime] = useState('19:00');
  const [weekday, setWeekday] = useState('MO');
  const [withQuestionnaire, setWithQuestionnaire] = useState(false);
  const valid = /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
  return (
    <section className="card" aria-labelledby="reminder-title">
      <h2 id="reminder-title">Reminders</h2>
      <p className="small">Add a reminder to your own calendar app (it works offline; this tool sends nothing).</p>
      <div className="row reminder-fields">
        <span>
          <label htmlFor="reminder-frequency">How often</label>
          <select id="reminder-frequency" value={frequency} onChange={(e) => setFrequency(e.target.value as 'daily' | 'weekly')}>
            <option value="daily">Every day</option>
            <option value="weekly">Once a week</option>
          </select>
        </span>
        {frequency === 'weekly' && (
          <span>
            <label htmlFor="reminder-day">On</label>
            <select id="reminder-day" value={weekday} onChange={(e) => setWeekday(e.target.value)}>
              {DAYS.map(([code, name]) => <option key={code} value={code}>{name}</option>)}
            </select>
          </span>
        )}
        <span>
          <label htmlFor="reminder-time">At</label>
          <input id="reminder-time" type="time" value={time} onChange={(e) => setTime(e.target.value)} required />
        </span>
      </div>
      <label>
        <input type="checkbox" checked={withQuestionnaire && questionnaire} disabled={!questionnaire} onChange={(e) => setWithQuestionnaire(e.target.checked)} />{' '}
        Also a weekly reminder for the questionnaire{questionnaire ? '' : ' (available once the questionnaire exists)'}
      </label>
      <p>
        {valid
          ? <a className="button secondary" href={remindersUrl({ frequency, time, weekday, questionnaire: withQuestionnaire && questionnaire })} download>Download reminder (.ics)</a>
          : <span className="error">Choose a time.</span>}
      </p>
    </section>
  );
}
