/// Attendance in the school-leader report, from CoachCore's participation records: over the
/// whole history and over the last meetings, excused apart from absent. For all schools a
/// line per school first, then a line per teacher.
extension SchoolLeaderReportContext {
  /// How many of the latest meetings the second count covers.
  static let recentMeetings = 3

  var attendance: [String] {
    var blocks = [DocumentBlocks.section(words.attendance)]
    guard !community.countedMeetings(today: today).isEmpty else {
      return blocks + [MarkdownEscaping.inline(document.noMeetingsCounted)]
    }
    let teachers = self.teachers
    guard !teachers.isEmpty else {
      return blocks + [MarkdownEscaping.inline(document.noTeachers)]
    }
    blocks.append(MarkdownEscaping.inline(document.attendanceExplained(Self.recentMeetings)))
    if school == nil { blocks.append(bySchool(teachers)) }
    let memberHeader =
      [words.name] + (school == nil ? [words.school] : []) + [document.participation]
      + recordHeader
    let rows = teachers.map { member in
      [member.name] + (school == nil ? [member.school] : []) + [
        member.participation.label(language)
      ] + recordCells(whole: record(of: [member]), recent: record(of: [member], recent: true))
    }
    blocks.append(MarkdownTable.render(header: memberHeader, rows: rows))
    return blocks
  }

  private var recordHeader: [String] {
    [
      document.attended, document.excused, document.absent, document.rate,
      document.lastMeetings(Self.recentMeetings),
    ]
  }

  /// One line per school, the teachers of each added together.
  private func bySchool(_ teachers: [Member]) -> String {
    var schools: [String] = []
    for teacher in teachers
    where !schools.contains(where: {
      SchoolLeaderReport.fold($0) == SchoolLeaderReport.fold(teacher.school)
    }) {
      schools.append(teacher.school)
    }
    schools.sort(by: NameOrder.ascending)
    let rows = schools.map { school in
      let group = teachers.filter {
        SchoolLeaderReport.fold($0.school) == SchoolLeaderReport.fold(school)
      }
      return [school.isEmpty ? ExportStrings.missing : school]
        + recordCells(whole: record(of: group), recent: record(of: group, recent: true))
    }
    return MarkdownTable.render(header: [words.school] + recordHeader, rows: rows)
  }

  private func record(of members: [Member], recent: Bool = false) -> AttendanceRecord {
    members.reduce(AttendanceRecord()) {
      $0
        + community.attendanceRecord(
          of: $1.id, today: today, last: recent ? Self.recentMeetings : nil)
    }
  }

  /// "5 van 6" (late included), excused, absent, the rate, and "2 van 3" recently.
  private func recordCells(whole: AttendanceRecord, recent: AttendanceRecord) -> [String] {
    [
      document.of(whole.attended, whole.expected), "\(whole.excused)", "\(whole.absent)",
      whole.attendancePercent.map { "\($0)%" } ?? ExportStrings.missing,
      document.of(recent.attended, recent.expected),
    ]
  }
}
