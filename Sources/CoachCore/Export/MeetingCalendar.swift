import Foundation

/// The meetings of a community as an iCalendar file (RFC 5545), so teachers get the dates in
/// their own calendar: one event per meeting, with a UID that stays the same on every
/// export, so importing again updates the events instead of doubling them. A meeting with a
/// time starts at that time in the coach's zone (`DTSTART;TZID=…`, with the zone's
/// VTIMEZONE) and lasts its agenda's planned minutes; one without a time is a whole day.
public enum MeetingCalendar {
  /// A meeting without an agenda, or with a short one, still blocks this long.
  static let minimumMinutes = 60
  /// No meeting lasts longer than a day, whatever its agenda plans.
  static let maximumMinutes = 24 * 60

  /// The calendar, with CRLF line endings and folded lines. `now` is the DTSTAMP of every
  /// event; `timeZone` is where the meetings' times are read (the coach's own zone).
  public static func render(
    _ community: Community, language: Language, now: Date, timeZone: TimeZone
  ) -> String {
    let words = ExportStrings.of(language)
    let stamp = ICalendarDateTime(utc: now).dateTime + "Z"
    var lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//vlgcoach//vlgcoach//" + language.rawValue.uppercased(),
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:" + ICalendarText.escape(community.name),
    ]
    let zone = ICalendarTimeZone(zone: timeZone)
    let meetings = community.meetingsInOrder
    let timedYears = meetings.filter { $0.time != nil }.map(\.day.year)
    if let first = timedYears.min(), let last = timedYears.max() {
      lines += zone.lines(covering: first...last)
    }
    for (index, meeting) in meetings.enumerated() {
      lines += event(
        meeting, number: index + 1, community: community, words: words, stamp: stamp, zone: zone)
    }
    lines.append("END:VCALENDAR")
    return lines.map(ICalendarText.fold).joined()
  }

  /// The UID of a meeting's event: derived from its id, so the same on every export.
  static func uid(of meeting: Meeting) -> String {
    meeting.id.uuidString.lowercased() + "@vlgcoach"
  }

  private static func event(
    _ meeting: Meeting, number: Int, community: Community, words: ExportStrings, stamp: String,
    zone: ICalendarTimeZone
  ) -> [String] {
    var lines = ["BEGIN:VEVENT", "UID:" + uid(of: meeting), "DTSTAMP:" + stamp]
    let start = ICalendarDateTime(meeting.day, meeting.time)
    if meeting.time != nil {
      let end = localEnd(of: start, minutes: duration(of: meeting), in: zone.zone)
      lines.append("DTSTART;" + zone.parameter + ":" + start.dateTime)
      lines.append("DTEND;" + zone.parameter + ":" + end.dateTime)
    } else {
      lines.append("DTSTART;VALUE=DATE:" + start.date)
      lines.append("DTEND;VALUE=DATE:" + start.adding(days: 1).date)
    }
    lines.append(
      "SUMMARY:" + ICalendarText.escape(community.name + " — " + words.meeting + " \(number)"))
    if !TextCleaning.line(meeting.place).isEmpty {
      lines.append("LOCATION:" + ICalendarText.escape(meeting.place))
    }
    let titles = meeting.agenda.map { TextCleaning.line($0.title) }.filter { !$0.isEmpty }
    if !titles.isEmpty {
      lines.append("DESCRIPTION:" + ICalendarText.escape(titles.joined(separator: "\n")))
    }
    lines.append("END:VEVENT")
    return lines
  }

  /// The local time `minutes` after the local time `start`: counted on the real clock, so a
  /// meeting across a change to or from summer time ends at the right local time.
  static func localEnd(of start: ICalendarDateTime, minutes: Int, in zone: TimeZone)
    -> ICalendarDateTime
  {
    let (year, month, day) = CalendarDay.civil(start.days)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let components = DateComponents(
      year: year, month: month, day: day, hour: start.seconds / 3_600,
      minute: start.seconds / 60 % 60)
    guard let instant = calendar.date(from: components) else {
      return start.adding(minutes: minutes)
    }
    let end = instant.addingTimeInterval(TimeInterval(minutes * 60))
    return ICalendarDateTime(
      utc: end.addingTimeInterval(TimeInterval(zone.secondsFromGMT(for: end))))
  }

  /// The planned minutes of the agenda, at least an hour and at most a day.
  static func duration(of meeting: Meeting) -> Int {
    let planned = meeting.agenda.reduce(0) { sum, item in
      min(sum + min(max(item.plannedMinutes, 0), maximumMinutes), maximumMinutes)
    }
    return max(planned, minimumMinutes)
  }
}
