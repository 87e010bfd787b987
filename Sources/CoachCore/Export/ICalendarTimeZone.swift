import Foundation

/// The VTIMEZONE component of a time zone (RFC 5545, section 3.6.5), derived from
/// Foundation's `TimeZone`: so a calendar reads a meeting at 14:00 in Brussels as 14:00 in
/// Brussels, in winter and in summer, even one that does not know the zone's name.
///
/// A zone without daylight saving time (or UTC) gets one STANDARD observance. A zone with
/// it gets a DAYLIGHT and a STANDARD observance with a yearly rule ("the last Sunday of
/// March"), read from the zone's transitions around the meetings; when no such rule holds
/// for every year (a zone whose rules changed), each transition is written out instead.
struct ICalendarTimeZone {
  let zone: TimeZone

  /// The TZID parameter of DTSTART and DTEND: quoted when the name holds `;`, `:` or `,`.
  var parameter: String {
    let name = zone.identifier
    return "TZID=" + (name.contains(where: { ";:,".contains($0) }) ? "\"\(name)\"" : name)
  }

  /// The component's content lines, covering the meetings of `years`.
  func lines(covering years: ClosedRange<Int>) -> [String] {
    let transitions = self.transitions(covering: years)
    var lines = ["BEGIN:VTIMEZONE", "TZID:" + ICalendarText.escape(zone.identifier)]
    if transitions.isEmpty {
      let offset = zone.secondsFromGMT(for: instant(year: years.lowerBound))
      lines += observance(
        kind: "STANDARD", onset: "19700101T000000", from: offset, to: offset, name: nil, rule: nil)
    } else {
      let rules = yearlyRules(transitions, covering: years)
      for group in rules ?? transitions.map({ [$0] }) {
        guard let first = group.first else { continue }
        lines += observance(
          kind: first.isDaylight ? "DAYLIGHT" : "STANDARD", onset: first.onset.dateTime,
          from: first.from, to: first.to, name: first.name,
          rule: rules == nil ? nil : first.rule)
      }
    }
    return lines + ["END:VTIMEZONE"]
  }

  /// One change of the zone's offset.
  struct Transition {
    /// The local time at which it happens, on the clock before it (TZOFFSETFROM).
    let onset: ICalendarDateTime
    let from: Int
    let to: Int
    let isDaylight: Bool
    let name: String?

    /// The yearly rule this transition follows if it falls on an n-th (or last) weekday of
    /// its month: "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU".
    var rule: String {
      let (year, month, day) = CalendarDay.civil(onset.days)
      let last = day + 7 > CalendarDay.daysIn(month: month, year: year)
      let ordinal = last ? "-1" : "\((day - 1) / 7 + 1)"
      let weekday = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][(onset.days + 3).floorModulo(7)]
      return "FREQ=YEARLY;BYMONTH=\(month);BYDAY=\(ordinal)\(weekday)"
    }

    /// Same kind of change at the same time of day, so one yearly rule can hold both.
    func matches(_ other: Transition) -> Bool {
      isDaylight == other.isDaylight && from == other.from && to == other.to
        && onset.seconds == other.onset.seconds && rule == other.rule
    }
  }

  /// The transitions from the start of the year before the first meeting (so the first
  /// meeting falls after an onset) to the end of the year after the last.
  func transitions(covering years: ClosedRange<Int>) -> [Transition] {
    var result: [Transition] = []
    let end = instant(year: years.upperBound + 2)
    var current = instant(year: years.lowerBound - 1)
    // Two a year at most in practice; the bound keeps a strange zone from looping long.
    while result.count < 4 * (years.count + 3),
      let next = zone.nextDaylightSavingTimeTransition(after: current), next < end
    {
      let from = zone.secondsFromGMT(for: next.addingTimeInterval(-1))
      let to = zone.secondsFromGMT(for: next)
      if from != to {
        result.append(
          Transition(
            onset: ICalendarDateTime(utc: next.addingTimeInterval(TimeInterval(from))),
            from: from, to: to, isDaylight: zone.isDaylightSavingTime(for: next),
            name: zone.abbreviation(for: next)))
      }
      current = next
    }
    return result
  }

  /// The transitions grouped into two yearly rules (daylight and standard), each group
  /// starting at its first onset; nil unless both rules hold in every year of the span — a
  /// rule without an end must not outlive the zone's real transitions.
  func yearlyRules(_ transitions: [Transition], covering years: ClosedRange<Int>)
    -> [[Transition]]?
  {
    var groups: [[Transition]] = []
    for transition in transitions {
      if let index = groups.firstIndex(where: { $0[0].matches(transition) }) {
        groups[index].append(transition)
      } else {
        groups.append([transition])
      }
    }
    let span = Array((years.lowerBound - 1)...(years.upperBound + 1))
    let everyYear = groups.allSatisfy { group in
      group.map { CalendarDay.civil($0.onset.days).year } == span
    }
    return groups.count == 2 && everyYear ? groups : nil
  }

  private func observance(
    kind: String, onset: String, from: Int, to: Int, name: String?, rule: String?
  ) -> [String] {
    var lines = [
      "BEGIN:" + kind, "DTSTART:" + onset, "TZOFFSETFROM:" + Self.offset(from),
      "TZOFFSETTO:" + Self.offset(to),
    ]
    if let rule { lines.append("RRULE:" + rule) }
    if let name, !name.isEmpty { lines.append("TZNAME:" + ICalendarText.escape(name)) }
    return lines + ["END:" + kind]
  }

  /// `+0100`, `-0330`, `+053045` (seconds only when there are any).
  static func offset(_ seconds: Int) -> String {
    let sign = seconds < 0 ? "-" : "+"
    let total = abs(seconds)
    let parts = [total / 3_600, total / 60 % 60] + (total % 60 == 0 ? [] : [total % 60])
    return sign + parts.map { $0 < 10 ? "0\($0)" : "\($0)" }.joined()
  }

  /// 1 January of `year`, 00:00 UTC.
  private func instant(year: Int) -> Date {
    Date(
      timeIntervalSince1970: TimeInterval(CalendarDay.days(year: year, month: 1, day: 1) * 86_400))
  }
}
